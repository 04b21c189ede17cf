"""The interview plan and the dialog's position in it.

The plan is a pure function of the vacancy, the resume and the cover letter, and the
progress is replayed from the candidate's messages. So any process can pick up a dialog
from the stored rows alone, and there is no hidden state. The LLM backend follows the same
plan and only words the questions differently.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from . import parsing
from .profile import ResumeProfile, VacancyProfile, cut_pasted, skill_found
from .safety import sounds_evasive, strip_injections
from .text import has_words, stems, strip_invisible, tokens

MIN_QUESTIONS = 3
MAX_QUESTIONS = 5
MAX_SKILLS_PER_QUESTION = 3

SKILLS = "skills"
EXPERIENCE = "experience"
LOCATION = "location"
SALARY = "salary"
LANGUAGES = "languages"
START = "start"
MOTIVATION = "motivation"
ACHIEVEMENT = "achievement"


@dataclass(frozen=True)
class Step:
    """One planned question: its topic, its variant and the values its wording needs."""

    topic: str
    kind: str = "default"
    skills: tuple = ()  # profile.Skill items for the skills topic
    languages: tuple = ()  # language keys for the languages topic
    values: dict = field(default_factory=dict, hash=False, compare=False)


def build_plan(vacancy: VacancyProfile, resume: ResumeProfile, cover_letter: str | None, as_of: date) -> list[Step]:
    """Return 3 to 5 questions about what the resume leaves open, most important first."""
    letter, _ = strip_injections(cover_letter)
    letter_stems = set(stems(letter))
    shown = set(resume.context_stems) | set(resume.list_stems) | letter_stems
    steps: list[Step] = []

    missing = [skill for skill in vacancy.skills if not skill_found(skill, shown)]
    if missing:
        steps.append(Step(SKILLS, skills=tuple(missing[:MAX_SKILLS_PER_QUESTION])))

    years = resume.years if resume.years is not None else parsing.years_mentioned(letter, as_of)
    if years is None:
        steps.append(Step(EXPERIENCE, "unknown"))
    elif years < vacancy.required_years:
        steps.append(Step(EXPERIENCE, "short", values={"have": years, "need": vacancy.required_years}))

    if vacancy.city and not vacancy.remote and resume.city != vacancy.city and not _location_stated(letter):
        kind = "unknown" if resume.city is None else "other"
        steps.append(Step(LOCATION, kind))

    has_range = vacancy.salary_min is not None or vacancy.salary_max is not None
    desired = resume.desired_salary
    if desired is None and parsing.money_mentioned(letter) is None:
        steps.append(Step(SALARY, "unknown" if has_range else "open"))
    elif desired is not None and vacancy.salary_max is not None and desired > vacancy.salary_max * 1.05:
        steps.append(Step(SALARY, "above", values={"desired": desired}))

    unclear = [key for key, level in vacancy.languages.items() if _language_unclear(resume, key, level)]
    if unclear:
        steps.append(Step(LANGUAGES, languages=tuple(unclear)))

    if parsing.start_weeks(letter) is None:
        steps.append(Step(START))
    if len(steps) < MIN_QUESTIONS:
        steps.append(Step(MOTIVATION))
    if len(steps) < MIN_QUESTIONS:
        steps.append(Step(ACHIEVEMENT))
    if len(steps) < MIN_QUESTIONS:
        steps.insert(0, Step(SKILLS, "deepen", skills=vacancy.skills[:1]) if vacancy.skills else Step(EXPERIENCE, "detail"))
    return steps[:MAX_QUESTIONS]


def _location_stated(text: str) -> bool:
    return parsing.mentions_relocation(text) or parsing.city_mentioned(text) is not None


def _language_unclear(resume: ResumeProfile, key: str, level: int | None) -> bool:
    mention = resume.languages.get(key)
    if mention is None:
        return True
    return mention.level is None or mention.level < (level or 3)


@dataclass(frozen=True)
class Answer:
    """One candidate message, the step it answered (None after the plan) and its verdict."""

    step: Step | None
    index: int | None  # position of `step` in the plan
    text: str  # with injected instructions and text copied from the vacancy removed
    answered: bool  # False when the message dodged the question
    injection: bool
    pasted: bool = False  # the message copied the vacancy's text


@dataclass(frozen=True)
class Progress:
    plan: tuple[Step, ...]
    answers: tuple[Answer, ...]
    index: int  # the step to ask next (== len(plan) when done)
    follow_up: bool  # the next message re-asks plan[index] once after a dodge
    done_before_last: bool  # the plan was finished before the newest candidate message

    @property
    def done(self) -> bool:
        return self.index >= len(self.plan)

    @property
    def current(self) -> Step | None:
        return None if self.done else self.plan[self.index]


def replay(plan: list[Step], candidate_texts: list[str], as_of: date,
           vacancy_phrases: frozenset = frozenset()) -> Progress:
    """Walk `plan` over the candidate's messages and return the dialog's position.

    Instructions to the bot and text copied from the vacancy (`vacancy_phrases`) are removed
    from each message first, so a message made only of them is a dodge.
    """
    index, follow_up, done_before_last = 0, False, False
    answers: list[Answer] = []
    seen_texts: list[str] = []
    for position, raw in enumerate(candidate_texts):
        text, injection = strip_injections(strip_invisible(raw))
        text, pasted = cut_pasted(text, vacancy_phrases)
        if position == len(candidate_texts) - 1:
            done_before_last = index >= len(plan)
        if index >= len(plan):
            answers.append(Answer(None, None, text, is_substantive(text), injection, pasted))
            continue
        step = plan[index]
        answered = answers_step(step, text, as_of)
        answers.append(Answer(step, index, text, answered, injection, pasted))
        seen_texts.append(text)
        if not answered and not follow_up:
            follow_up = True
            continue
        follow_up = False
        index += 1
        while index < len(plan) and already_covered(plan[index], seen_texts):
            index += 1
    return Progress(tuple(plan), tuple(answers), index, follow_up, done_before_last)


def is_substantive(text: str) -> bool:
    """Tell whether `text` has three words of three letters or more and no dodge; numbers alone are not words."""
    meaningful = [token for token in tokens(text) if len(token) >= 3 and not token.isdigit()]
    return len(meaningful) >= 3 and not sounds_evasive(text)


def answers_step(step: Step, text: str, as_of: date) -> bool:
    """Tell whether `text` answers `step`; a dodge or an empty reply gets one follow-up.

    A message of blanks, punctuation or emoji answers nothing.
    """
    if not has_words(text):
        return False
    if step.topic == SKILLS:
        if mentions_any_skill(step, text) or parsing.yes_no(text) is not None:
            return True
        return parsing.has_negation(text) and not sounds_evasive(text)  # «не работал» answers, «не знаю» dodges
    if step.topic == EXPERIENCE:
        if parsing.years_mentioned(text, as_of) is not None or _says_no_experience(text):
            return True
        return step.kind == "short" and parsing.yes_no(text) is not None
    if step.topic == LOCATION:
        return (parsing.yes_no(text) is not None or parsing.mentions_relocation(text)
                or parsing.mentions_remote(text) or parsing.city_mentioned(text) is not None)
    if step.topic == SALARY:
        return parsing.money_mentioned(text) is not None or (step.kind == "above" and parsing.yes_no(text) is not None) \
            or accepts_range(text)
    if step.topic == LANGUAGES:
        return bool(parsing.languages_mentioned(text)) or _mentions_level(text) or parsing.yes_no(text) is not None
    if step.topic == START:
        return parsing.start_weeks(text) is not None
    return is_substantive(text)


def already_covered(step: Step, texts: list[str]) -> bool:
    """Tell whether earlier answers already gave what `step` would ask (salary, start date, place)."""
    if step.topic == SALARY and step.kind != "above":
        return any(parsing.money_mentioned(text) is not None for text in texts)
    if step.topic == START:
        return any(parsing.start_weeks(text) is not None and talks_about_start(text) for text in texts)
    if step.topic == LOCATION:
        return any(parsing.mentions_relocation(text) for text in texts)
    return False


_START_WORDS = ("приступ", "выйти", "начать", "кірісе", "бастай", "start")


def talks_about_start(text: str) -> bool:
    normalized = text.lower()
    return any(word in normalized for word in _START_WORDS)


def mentions_any_skill(step: Step, text: str) -> bool:
    present = set(stems(text))
    return any(skill_found(skill, present) for skill in step.skills)


_NO_EXPERIENCE = ("нет опыта", "без опыта", "опыта нет", "не работал", "не работала", "тәжірибем жоқ",
                  "тәжірибе жоқ", "no experience", "студент", "выпускни", "түлек")


def _says_no_experience(text: str) -> bool:
    normalized = text.lower()
    return any(phrase in normalized for phrase in _NO_EXPERIENCE)


_RANGE_OK = ("в рамках вилки", "в пределах вилки", "вилка устраивает", "устраивает", "по вилке", "в рамках диапазона",
             "ауқым шегінде", "ауқым маған сай", "сәйкес келеді", "маған жарайды", "within the range")


def accepts_range(text: str) -> bool:
    normalized = text.lower().replace("ё", "е")
    return any(phrase in normalized for phrase in _RANGE_OK)


_LEVEL_RE = re.compile(r"\b[abc][12]\b|свободн|разговорн|базов|средн|родн|еркін|орташа|ана тілі|fluent|intermediate|native")


def _mentions_level(text: str) -> bool:
    return bool(_LEVEL_RE.search(text.lower()))
