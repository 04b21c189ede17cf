"""One pass over a DialogContext: the profiles, the plan and the progress, shared by both backends."""

from dataclasses import dataclass

from .plan import Progress, Step, build_plan, replay
from .profile import ResumeProfile, VacancyProfile, resume_profile, vacancy_profile
from .safety import strip_injections
from .types import DialogContext


@dataclass(frozen=True)
class Analysis:
    vacancy: VacancyProfile
    resume: ResumeProfile
    plan: tuple[Step, ...]
    progress: Progress
    cover_letter: str  # with injected instructions removed
    letter_injection: bool


def candidate_texts(ctx: DialogContext) -> list[str]:
    return [str(message.get("content") or "") for message in ctx.messages if message.get("role") == "candidate"]


def analyze(ctx: DialogContext) -> Analysis:
    """Build the profiles and the plan from the rows and replay the candidate's messages."""
    vacancy = vacancy_profile(ctx.vacancy or {})
    resume = resume_profile(ctx.resume)
    letter, letter_injection = strip_injections(ctx.cover_letter)
    plan = build_plan(vacancy, resume, letter)
    progress = replay(plan, candidate_texts(ctx))
    return Analysis(vacancy, resume, tuple(plan), progress, letter, letter_injection)
