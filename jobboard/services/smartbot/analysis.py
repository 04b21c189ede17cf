"""One pass over a DialogContext: the profiles, the plan and the progress, shared by both backends."""

from dataclasses import dataclass
from datetime import date

from .plan import Progress, Step, build_plan, replay
from .profile import ResumeProfile, VacancyProfile, cut_pasted, resume_profile, vacancy_phrases, vacancy_profile
from .safety import strip_injections
from .text import strip_invisible
from .types import DialogContext


@dataclass(frozen=True)
class Analysis:
    vacancy: VacancyProfile
    resume: ResumeProfile
    plan: tuple[Step, ...]
    progress: Progress
    cover_letter: str  # with injected instructions and text copied from the vacancy removed
    letter_injection: bool
    letter_pasted: bool  # the cover letter copied the vacancy's text
    as_of: date  # the day open-ended experience is counted to


def candidate_texts(ctx: DialogContext) -> list[str]:
    return [str(message.get("content") or "") for message in ctx.messages if message.get("role") == "candidate"]


def analyze(ctx: DialogContext) -> Analysis:
    """Build the profiles and the plan from the rows and replay the candidate's messages.

    This reads the clock only when `ctx.as_of` is None.
    """
    as_of = ctx.as_of or date.today()
    vacancy = vacancy_profile(ctx.vacancy or {}, as_of)
    phrases = vacancy_phrases(ctx.vacancy or {})
    resume = resume_profile(ctx.resume, as_of, phrases)
    letter, letter_injection = strip_injections(strip_invisible(ctx.cover_letter))
    letter, letter_pasted = cut_pasted(letter, phrases)
    plan = build_plan(vacancy, resume, letter, as_of)
    progress = replay(plan, candidate_texts(ctx), as_of, phrases)
    return Analysis(vacancy, resume, tuple(plan), progress, letter, letter_injection, letter_pasted, as_of)
