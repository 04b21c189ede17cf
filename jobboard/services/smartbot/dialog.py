"""The demo backend's wording: greetings, questions, follow-ups and the employer's summary.

The LLM backend uses the same functions for its fallback texts and as the reference
question it asks the model to rephrase.
"""

from decimal import Decimal

from . import plan as topics
from .analysis import Analysis
from .factors import GAP_BELOW, Factor, compute_factors, weigh
from .plan import Step
from .templates import (
    city_name,
    format_money,
    format_percent,
    format_range,
    format_years,
    format_years_from,
    join_list,
    language_name,
    texts,
)


def system_note(analysis: Analysis, lang: str) -> str:
    return texts(lang)["system_note"].format(title=analysis.vacancy.title)


def greeting(analysis: Analysis, lang: str) -> str:
    key = "greeting" if analysis.resume.present else "greeting_no_resume"
    return texts(lang)[key].format(title=analysis.vacancy.title)


def question(step: Step, analysis: Analysis, lang: str) -> str:
    """Return the question for `step` in `lang`."""
    table = texts(lang)
    vacancy, resume = analysis.vacancy, analysis.resume
    values = {
        "skills": join_list([skill.label for skill in step.skills]),
        "city": city_name(vacancy.city, vacancy.city_label, lang),
        "resume_city": city_name(resume.city, resume.city_label, lang),
        "range": format_range(vacancy.salary_min, vacancy.salary_max, vacancy.currency, lang)
        if vacancy.salary_min is not None or vacancy.salary_max is not None else "",
        "languages": join_list([language_name(key, vacancy.languages.get(key), lang) for key in step.languages]),
    }
    if step.topic == topics.EXPERIENCE and step.kind == "short":
        values["have"] = format_years(step.values["have"], lang)
        values["need_from"] = format_years_from(step.values["need"], lang)
    if step.topic == topics.SALARY and step.kind == "above":
        values["desired"] = format_money(step.values["desired"], vacancy.currency)
    key = f"q_{step.topic}" if step.kind == "default" else f"q_{step.topic}_{step.kind}"
    return table[_singular(key, step, table)].format(**values)


def follow_up(step: Step, analysis: Analysis, lang: str) -> str:
    """Return the one re-ask after a dodged answer to `step`."""
    return f"{texts(lang)['follow_up_prefix']} {follow_up_question(step, analysis, lang)}"


def follow_up_question(step: Step, analysis: Analysis, lang: str) -> str:
    """Return the re-ask for `step` without the «Понимаю.» that acknowledges the dodge."""
    table = texts(lang)
    vacancy = analysis.vacancy
    key = f"f_{step.topic}" if f"f_{step.topic}" in table else "f_generic"
    if step.topic == topics.SKILLS and step.kind == "deepen":
        key = "f_generic"
    return table[_singular(key, step, table)].format(
        skills=join_list([skill.label for skill in step.skills]),
        city=city_name(vacancy.city, vacancy.city_label, lang),
    )


def _singular(key: str, step: Step, table: dict) -> str:
    """Return the `key + "_one"` variant when `step` names one skill or language and the table has it.

    «этих требований» and «мына талаптары» must not introduce a single requirement.
    """
    if len(step.skills) + len(step.languages) == 1 and f"{key}_one" in table:
        return f"{key}_one"
    return key


def opening(analysis: Analysis, lang: str) -> str:
    step = analysis.progress.current
    if step is None:
        return f"{greeting(analysis, lang)} {texts(lang)['invite']}"
    return f"{greeting(analysis, lang)} {question(step, analysis, lang)}"


def next_message(analysis: Analysis, lang: str) -> str:
    """Return the assistant's message after the newest candidate message."""
    table = texts(lang)
    progress = analysis.progress
    if progress.done_before_last:
        return table["after_done"]
    if progress.done:
        return table["invite"]
    step = progress.current
    if progress.follow_up:
        return follow_up(step, analysis, lang)
    acks = table["acks"]
    return f"{acks[len(progress.answers) % len(acks)]} {question(step, analysis, lang)}"


def repeat_question(analysis: Analysis, lang: str) -> str | None:
    """Return the pending question in `lang` after a language switch, or None when the plan is done.

    The pending question is the plan's current step, or its follow-up when the candidate
    dodged it. The text starts with a line saying the dialog continues in `lang`.
    """
    progress = analysis.progress
    step = progress.current
    if step is None:
        return None
    if progress.follow_up:
        pending = follow_up_question(step, analysis, lang)
    else:
        pending = question(step, analysis, lang)
    return f"{texts(lang)['continue_in_language']} {pending}"


def score(analysis: Analysis, lang: str, final: bool = False) -> tuple[Decimal, dict, list[Factor]]:
    factors = compute_factors(analysis, lang, final=final)
    value, reasons = weigh(factors, lang)
    return value, reasons, factors


INVITE_FROM = 75.0
CONSIDER_FROM = 55.0


def recommendation_key(value: Decimal) -> str:
    if value >= Decimal(str(INVITE_FROM)):
        return "rec_invite"
    if value >= Decimal(str(CONSIDER_FROM)):
        return "rec_consider"
    return "rec_decline"


def summary(analysis: Analysis, factors: list[Factor], value: Decimal, lang: str) -> str:
    """Return the employer's summary: score, strengths, gaps and a recommendation.

    Every factor is a strength from GAP_BELOW up and a gap below it. A gap names the
    factor's shortfall alone, so the gaps line never quotes what went well.
    """
    table = texts(lang)
    strengths = [table[f"label_{factor.key}"] for factor in factors if factor.score >= GAP_BELOW]
    gaps = [factor.gap or factor.reason.strip() for factor in factors if factor.score < GAP_BELOW]
    return table["summary"].format(
        title=analysis.vacancy.title,
        score=format_percent(value),
        strengths=join_list(strengths) if strengths else table["summary_no_strengths"],
        gaps=" ".join(gaps) if gaps else table["summary_no_gaps"],
        recommendation=table[recommendation_key(value)],
    )
