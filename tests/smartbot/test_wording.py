"""The wording employers and candidates read: counts that add up, plural forms, Kazakh texts."""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jobboard.services.smartbot import DemoSmartBot
from jobboard.services.smartbot.factors import GAP_BELOW
from jobboard.services.smartbot.templates import KK, RU, format_percent, format_weeks, format_years
from jobboard.services.smartbot.text import KAZAKH_LETTERS
from jobboard.services.smartbot.transcripts import load_transcript, replay_transcript

from .conftest import Dialog, accountant_vacancy, python_resume, python_vacancy

DIALOGS = Path(__file__).resolve().parents[1] / "dialogs"
DOCKER_AND_START = "С Docker работаю два года: собираю образы и пишу docker-compose для CI, могу приступить через две недели."
DOCKER_ANSWER = "С Docker работаю два года: собираю образы и пишу docker-compose для CI."
# Phrases of reasons that state what went well; none may appear in a summary's gaps line.
POSITIVE_PHRASES = ("содержательных:", "уклончивых: 0", "уровень подходит", "укладываются в вилку",
                    "не противоречат резюме", "мазмұнды:", "жалтарма: 0", "деңгейі сай", "ауқымға сай",
                    "қайшы келмейді", "барлығы расталды")


def finished(vacancy: dict, resume: dict | None, answers, lang: str = "ru"):
    dialog = Dialog(DemoSmartBot(), vacancy, resume, lang)
    dialog.open()
    for answer in answers:
        dialog.say(answer)
    return dialog, dialog.bot.complete(dialog.context())


def test_answers_reason_with_covered_topic():
    _, result = finished(python_vacancy(), python_resume(), (DOCKER_AND_START,))

    assert result.reasons["answers"]["reason"] == (
        "Ответов на вопросы: 1, из них содержательных: 1, уклончивых: 0. "
        "Вопросов, закрытых более ранними ответами: 1. "
        "Интервью завершено досрочно, без ответа осталось вопросов: 1."
    )


def test_answers_reason_counts_dodge_once():
    _, result = finished(python_vacancy(), python_resume(), ("Не знаю.",) * 6)

    assert result.reasons["answers"]["reason"] == "Ответов на вопросы: 3, из них содержательных: 0, уклончивых: 3."


def test_answers_reason_ignores_extra_messages():
    answers = ("С Docker работаю два года, собираю образы.", "Через две недели.", "Интересен финтех и нагрузки.",
               "И ещё: у меня есть сертификат AWS.", "Жду вашего ответа, спасибо большое.")

    _, result = finished(python_vacancy(), python_resume(), answers)

    assert result.reasons["answers"]["reason"] == "Ответов на вопросы: 3, из них содержательных: 3, уклончивых: 0."


def test_answers_reason_in_kazakh():
    _, result = finished(python_vacancy(), python_resume(), ("Білмеймін.",) * 6, lang="kk")

    assert result.reasons["answers"]["reason"] == "Сұрақтарға берілген жауаптар: 3, оның ішінде мазмұнды: 0, жалтарма: 3."


def _reason_counts(reason: str) -> list[tuple[int, int]]:
    """Return (part, whole) pairs that a reason states, in either language."""
    pairs = [(int(part), int(whole)) for part, whole in re.findall(r"(\d+) из (\d+)", reason)]
    pairs += [(int(part), int(whole)) for whole, part in re.findall(r"(\d+) дағдының расталғаны — (\d+)", reason)]
    for pattern in (r"Ответов на вопросы: (\d+), из них содержательных: (\d+), уклончивых: (\d+)",
                    r"Сұрақтарға берілген жауаптар: (\d+), оның ішінде мазмұнды: (\d+), жалтарма: (\d+)"):
        for whole, substantive, evasive in re.findall(pattern, reason):
            pairs.append((int(substantive) + int(evasive), int(whole)))
    return pairs


@pytest.mark.parametrize("path", sorted(DIALOGS.glob("*.json")), ids=lambda path: path.name)
def test_reason_part_within_whole(path):
    result = replay_transcript(load_transcript(path), DemoSmartBot())

    for key, factor in result.assessment.reasons.items():
        for part, whole in _reason_counts(factor["reason"]):
            assert part <= whole, f"{key}: {factor['reason']}"


@pytest.mark.parametrize(
    ("lang", "question", "reason"),
    [
        ("ru", "В резюме не нашлось подтверждения этого требования вакансии: Docker.",
         "Ключевой навык не подтверждён: Docker."),
        ("kk", "Түйіндемеде вакансияның мына талабы расталмаған: Docker.", "Негізгі дағды расталмады: Docker."),
    ],
)
def test_single_missing_skill_is_singular(lang, question, reason):
    vacancy = dict(python_vacancy(), requirements="Docker")

    dialog, result = finished(vacancy, python_resume(), (), lang=lang)

    assert question in dialog.questions()[0]
    assert result.reasons["skills"]["reason"].startswith(reason)


@pytest.mark.parametrize(
    ("lang", "reason"),
    [("ru", "Ключевой навык подтверждён: Python."), ("kk", "Негізгі дағды расталды: Python.")],
)
def test_single_confirmed_skill_is_singular(lang, reason):
    vacancy = dict(python_vacancy(), requirements="Python")

    _, result = finished(vacancy, python_resume(), (), lang=lang)

    assert result.reasons["skills"]["reason"] == reason


def test_two_missing_skills_stay_plural():
    resume = dict(python_resume(), skills="Python, Git", experience="2021–2025: разработка REST API на Python.")

    dialog, result = finished(python_vacancy(), resume, ())

    assert "этих требований вакансии: Django, PostgreSQL, Docker." in dialog.questions()[0]
    assert result.reasons["skills"]["reason"].startswith("Ключевые навыки: 1 из 4 (Python); без подтверждения:")


def test_all_skills_reason_in_both_languages():
    resume = dict(python_resume(), skills="Python, Django, PostgreSQL, Docker")

    _, ru = finished(python_vacancy(), resume, ())
    _, kk = finished(python_vacancy(), resume, (), lang="kk")

    assert ru.reasons["skills"]["reason"] == "Ключевые навыки: 4 из 4 (Python, Django, PostgreSQL, Docker)."
    assert kk.reasons["skills"]["reason"] == "Негізгі дағдылар: 4 дағдының барлығы расталды (Python, Django, PostgreSQL, Docker)."


def test_some_skills_reason_in_kazakh():
    resume = dict(python_resume(), skills="Python, Git", experience="2021–2025: разработка REST API на Python.")

    _, result = finished(python_vacancy(), resume, (), lang="kk")

    assert result.reasons["skills"]["reason"].startswith("Негізгі дағдылар: 4 дағдының расталғаны — 1 (Python); расталмағаны:")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ru", "Для работы нужно знание языка: английский (B1)."), ("kk", "Жұмыс үшін мына тілді білу қажет: ағылшын тілі (B1).")],
)
def test_single_language_question_is_singular(lang, expected):
    vacancy = dict(python_vacancy(), requirements="Python; английский язык B1")
    resume = dict(python_resume(), languages="Русский — родной", desired_salary=Decimal("800000"))

    dialog, _ = finished(vacancy, resume, (), lang=lang)

    assert expected in dialog.questions()[0]


@pytest.mark.parametrize(
    ("years", "lang", "text"),
    [(1, "ru", "1 год"), (3, "ru", "3 года"), (5, "ru", "5 лет"), (21, "ru", "21 год"), (1.5, "ru", "1,5 года"),
     (11, "ru", "11 лет"), (12, "ru", "12 лет"), (22, "ru", "22 года"), (111, "ru", "111 лет"), (2.75, "ru", "3 года"),
     (1, "kk", "1 жыл"), (5, "kk", "5 жыл"), (21, "kk", "21 жыл"), (1.5, "kk", "1,5 жыл")],
)
def test_years_agree_with_the_number(years, lang, text):
    assert format_years(years, lang) == text


@pytest.mark.parametrize(
    ("weeks", "lang", "text"),
    [(1, "ru", "1 неделю"), (2, "ru", "2 недели"), (5, "ru", "5 недель"), (11, "ru", "11 недель"),
     (12, "ru", "12 недель"), (21, "ru", "21 неделю"), (24, "ru", "24 недели"), (1, "kk", "1 аптадан кейін"),
     (5, "kk", "5 аптадан кейін")],
)
def test_weeks_agree_with_the_number(weeks, lang, text):
    assert format_weeks(weeks, lang) == text


def _strings(table: dict) -> dict[str, str]:
    found = {}
    for key, value in table.items():
        if isinstance(value, str):
            found[key] = value
        elif isinstance(value, tuple):
            found.update({f"{key}[{index}]": item for index, item in enumerate(value)})
        elif isinstance(value, dict):
            found.update({f"{key}.{name}": item for name, item in value.items()})
    return found


def test_kazakh_texts_use_kazakh_letters():
    russian = _strings(RU)

    for key, text in _strings(KK).items():
        words = re.sub(r"\{\w+\}", " ", text).split()
        if len([word for word in words if re.search(r"[а-яё]", word, re.IGNORECASE)]) >= 2:
            assert any(letter in text.lower() for letter in KAZAKH_LETTERS), f"{key}: {text}"
        if re.search(r"[а-яё]", text, re.IGNORECASE):
            assert text != russian[key], f"{key} is the Russian text: {text}"


def _summary_lines(summary: str) -> dict[str, str]:
    score, strengths, gaps, recommendation = summary.splitlines()
    return {"score": score, "strengths": strengths, "gaps": gaps, "recommendation": recommendation}


@pytest.mark.parametrize(
    ("lang", "gaps"),
    [("ru", "Пробелы: Интервью завершено досрочно, без ответа осталось вопросов: 2."),
     ("kk", "Олқылықтар: Сұхбат ерте аяқталды, жауапсыз қалған сұрақтар: 2.")],
)
def test_gaps_skip_positive_answer_counts(lang, gaps):
    _, result = finished(python_vacancy(), python_resume(), (DOCKER_ANSWER,), lang=lang)

    assert _summary_lines(result.summary_text)["gaps"] == gaps


def test_amber_skills_factor_is_a_gap():
    vacancy = dict(accountant_vacancy(), requirements="1С, МСФО, опыт от 3 лет, казахский и русский языки")
    resume = {"title": "Бухгалтер", "location": "Астана", "experience": "4 года бухгалтером в ТОО «Дала», 1С и отчётность",
              "skills": "1С, Excel, налоговая отчётность", "languages": "қазақ тілі, русский",
              "desired_salary": Decimal("400000")}
    answers = ("1С знаю хорошо, МСФО изучала на курсах, сдаю отчётность 4 года.", "Казахский родной, русский свободно.",
               "Могу выйти через неделю.")

    _, result = finished(vacancy, resume, answers)
    lines = _summary_lines(result.summary_text)

    assert result.reasons["skills"]["score"] == 65.0
    assert lines["gaps"] == "Пробелы: Только в ответах, без подтверждения в резюме: МСФО."
    assert "ключевые навыки" not in lines["strengths"]


@pytest.mark.parametrize("path", sorted(DIALOGS.glob("*.json")), ids=lambda path: path.name)
def test_summary_gaps_match_factor_scores(path):
    transcript = load_transcript(path)
    table = KK if transcript.lang == "kk" else RU

    assessment = replay_transcript(transcript, DemoSmartBot()).assessment
    gaps = _summary_lines(assessment.summary_text)["gaps"]
    strengths = _summary_lines(assessment.summary_text)["strengths"]

    below = [key for key, factor in assessment.reasons.items() if factor["score"] < GAP_BELOW]
    if below:
        assert table["summary_no_gaps"] not in gaps, f"{below} are below {GAP_BELOW}"
    else:
        assert gaps.endswith(table["summary_no_gaps"])
    for key, factor in assessment.reasons.items():
        assert (table[f"label_{key}"] in strengths) == (factor["score"] >= GAP_BELOW), key
    for phrase in POSITIVE_PHRASES:
        assert phrase not in gaps


@pytest.mark.parametrize(
    ("value", "text"),
    [(Decimal("84.60"), "84,6\u00a0%"), (Decimal("77.05"), "77,1\u00a0%"), (Decimal("56.15"), "56,2\u00a0%"),
     (Decimal("100.00"), "100\u00a0%"), (Decimal("0.00"), "0\u00a0%"), (40, "40\u00a0%")],
)
def test_percent_reads_as_in_the_ui(value, text):
    assert format_percent(value) == text


@pytest.mark.parametrize(
    ("lang", "first_line"),
    [("ru", "Соответствие вакансии «Python-разработчик»: 86,3\u00a0%."),
     ("kk", "«Python-разработчик» вакансиясына сәйкестігі: 86,3\u00a0%.")],
)
def test_summary_score_has_space_before_percent(lang, first_line):
    _, result = finished(python_vacancy(), python_resume(), (DOCKER_ANSWER,), lang=lang)

    assert result.relevance_score == Decimal("86.32")
    assert _summary_lines(result.summary_text)["score"] == first_line
