"""Fixtures for the SmartBot engine tests: sample rows, a dialog driver and a fake LLM server.

None of these tests needs the database or the Flask app: the engine is pure Python.
"""

import logging
from datetime import date
from decimal import Decimal

import pytest

from jobboard.services.smartbot import BotTurn, DialogContext
from jobboard.services.smartbot.llm import LlmSmartBot


TEST_API_KEY = "sk-test-secret-key-0123456789"


def python_vacancy() -> dict:
    return {
        "title": "Python-разработчик",
        "description": "Разработка backend-сервисов для платёжной системы.",
        "requirements": "Опыт работы с Python от 3 лет; знание Django и PostgreSQL; Docker; английский язык B1",
        "location": "Алматы",
        "employment_type": "full_time",
        "experience_level": "middle",
        "salary_min": Decimal("600000.00"),
        "salary_max": Decimal("900000.00"),
        "salary_currency": "KZT",
        "remote_work": False,
    }


def python_resume() -> dict:
    return {
        "title": "Backend-разработчик",
        "summary": "Пишу сервисы на Python.",
        "experience": "2021–2025 ТОО «Kaspi Lab»: разработка REST API на Python и Django, PostgreSQL, очереди.",
        "education": "КазНУ, информатика",
        "skills": "Python, Django, PostgreSQL, Git",
        "languages": "Русский — родной, английский B2",
        "portfolio_url": None,
        "desired_position": "Python-разработчик",
        "desired_salary": Decimal("800000"),
        "location": "Алматы",
    }


def accountant_vacancy() -> dict:
    return {
        "title": "Бухгалтер",
        "description": "Ведение учёта в торговой компании.",
        "requirements": "Опыт работы бухгалтером от 2 лет\nЗнание 1С:Бухгалтерия\nБухгалтерский учёт и налоговая отчётность\nКазахский язык",
        "location": "Астана",
        "employment_type": "full_time",
        "experience_level": "middle",
        "salary_min": Decimal("350000"),
        "salary_max": Decimal("450000"),
        "salary_currency": "KZT",
        "remote_work": False,
    }


class Dialog:
    """Drive one backend through a dialog the way the routes do, keeping the stored messages."""

    def __init__(self, bot, vacancy: dict, resume: dict | None, lang: str = "ru", cover_letter: str | None = None,
                 session_id: int = 7, as_of: date | None = None):
        self.bot = bot
        self.vacancy, self.resume, self.lang = vacancy, resume, lang
        self.cover_letter, self.session_id, self.as_of = cover_letter, session_id, as_of
        self.messages: list[dict] = []

    def context(self) -> DialogContext:
        return DialogContext(self.vacancy, self.resume, self.lang, list(self.messages), self.cover_letter,
                             self.session_id, self.as_of)

    def open(self) -> BotTurn:
        self.messages.append({"role": "system", "content": self.bot.system_note(self.context())})
        turn = self.bot.open(self.context())
        self.messages.append({"role": "assistant", "content": turn.text})
        return turn

    def say(self, text: str) -> BotTurn:
        self.messages.append({"role": "candidate", "content": text})
        turn = self.bot.reply(self.context())
        self.messages.append({"role": "assistant", "content": turn.text})
        return turn

    def say_streamed(self, text: str) -> tuple[list[str], BotTurn]:
        self.messages.append({"role": "candidate", "content": text})
        items = list(self.bot.stream_reply(self.context()))
        chunks, final = items[:-1], items[-1]
        self.messages.append({"role": "assistant", "content": final.text})
        return chunks, final

    def questions(self) -> list[str]:
        return [message["content"] for message in self.messages if message["role"] == "assistant"]


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def llm_bot(fake_llm, sleeps):
    """An LLM backend pointed at the fake server, with a short timeout and recorded backoff waits."""
    return LlmSmartBot(api_key=TEST_API_KEY, base_url=fake_llm.base_url, model="test-model",
                       timeout_seconds=1.0, max_retries=2, sleep=sleeps.append)


@pytest.fixture
def smartbot_logs(caplog):
    caplog.set_level(logging.INFO, logger="jobboard.services.smartbot")
    return caplog
