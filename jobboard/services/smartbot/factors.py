"""The explainable factor model: each factor scores 0-100 with a weight and a one-line reason.

The relevance score is the weighted mean of the factors that apply to the vacancy. A
vacancy with no salary range has no salary factor, and the weights of the rest are scaled
to sum to 1. Candidate text can only add capped evidence: a skill named only in an answer
counts at most 0.6 of a skill shown in the resume, and answers together can lift the
skills factor by at most 40 points. Contradictions lower the confidence factor.
"""

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from . import parsing
from . import plan as topics
from .analysis import Analysis
from .plan import accepts_range
from .profile import Skill, profession_overlap, skill_found
from .safety import is_stuffed, looks_like_bare_list
from .templates import (
    city_name,
    format_money,
    format_percent,
    format_range,
    format_weeks,
    format_years,
    format_years_from,
    join_list,
    language_name,
    texts,
)
from .text import clauses, normalize, stems, tokens

WEIGHTS = {
    "skills": 0.32,
    "experience": 0.18,
    "location": 0.08,
    "salary": 0.08,
    "languages": 0.07,
    "answers": 0.12,
    "confidence": 0.10,
    "availability": 0.05,
}

# Evidence a skill earns from each source, as a share of a fully shown skill.
EVIDENCE_RESUME_TEXT = 1.0
EVIDENCE_RESUME_LIST = 0.85
EVIDENCE_LIST_WITHOUT_EXPERIENCE = 0.7
EVIDENCE_STUFFED = 0.25
EVIDENCE_ANSWER = 0.6
EVIDENCE_ANSWER_BARE = 0.3
ANSWER_EVIDENCE_CAP = 0.4  # answers add at most this share of all required skills
KNOCKOUT_SKILLS = 25.0  # below this, the key skills count as not met
KNOCKOUT_CORE_LANGUAGE = 50.0  # below this, a language the title names counts as not met
CORE_LANGUAGE_EMPHASIS = 3.0  # a language the title names weighs three times as much
KNOCKOUT_MULTIPLIER = 0.6
EVIDENCE_ANSWER_STUFFED = 0.15
CONTRADICTION_PENALTY = 35
STUFFING_PENALTY = 60
PASTED_PENALTY = 60  # the vacancy's own text in the resume, letter or answers games the score like stuffing
OTHER_FIELD_CAP = 40.0  # years in an unrelated profession show work habits, not the skills
UNVERIFIED_EXPERIENCE_CAP = 75.0  # years named only in answers, with no resume to check them against
UNVERIFIED_AGAINST_RESUME_CAP = 50.0  # years named only in answers while the resume shows none
MEETS_MINIMUM = 85.0
# A factor below this is a gap in the employer's summary, and from it up a strength. The UI
# (frontend/src/components/chat/RelevancePanel.tsx) colours a factor's bar green from 70 too,
# so the summary never reports no gaps beside an amber bar.
GAP_BELOW = 70.0
DEFAULT_LANGUAGE_LEVEL = 3  # B1, a working level, when the vacancy names a language without a level
_EXPERIENCE_WORDS = ("опыт", "стаж", "тәжірибе", "experience", "работаю", "жұмыс істеймін")


@dataclass(frozen=True)
class Factor:
    key: str
    score: float  # 0..100
    reason: str
    emphasis: float = 1.0  # multiplies the factor's base weight before the weights are scaled to 1
    key_requirement: bool = False  # a low score triggers the knock-out rule (see weigh)
    # The shortfall alone, for the summary's gaps line when the score is below GAP_BELOW. It is
    # empty when the reason states nothing but the shortfall, and the summary then quotes the reason.
    gap: str = ""


@dataclass
class _Findings:
    """Facts several factors share: contradictions and stuffing found along the way."""

    issues: list
    stuffing: bool = False


def compute_factors(analysis: Analysis, lang: str, final: bool = False) -> list[Factor]:
    """Return the factors that apply to this vacancy, in a fixed order."""
    findings = _Findings(issues=[])
    factors = [
        _skills(analysis, lang, findings),
        _experience(analysis, lang, findings),
        _location(analysis, lang),
        _salary(analysis, lang),
        _languages(analysis, lang, findings),
        _answers(analysis, lang, final, findings),
        _confidence(analysis, lang, findings),
        _availability(analysis, lang),
    ]
    return [factor for factor in factors if factor is not None]


def weigh(factors: list[Factor], lang: str = "ru") -> tuple[Decimal, dict]:
    """Return the weighted score (two decimals) and reasons_json for `factors`.

    Knock-out rule: a key requirement is not met when skills score below KNOCKOUT_SKILLS
    or a language the title names scores below KNOCKOUT_CORE_LANGUAGE. Then the weighted
    score is multiplied by KNOCKOUT_MULTIPLIER, because a recruiter would not shortlist
    such a candidate for a good salary match alone. The factor's reason says so, and the
    multiplier keeps the order among such candidates.
    """
    total_weight = sum(WEIGHTS[factor.key] * factor.emphasis for factor in factors) or 1.0
    score = 0.0
    reasons = {}
    knocked_out = None
    for factor in factors:
        weight = WEIGHTS[factor.key] * factor.emphasis / total_weight
        clamped = min(100.0, max(0.0, factor.score))
        score += weight * clamped
        reasons[factor.key] = {"score": round(clamped, 1), "weight": round(weight, 3), "reason": factor.reason}
        if knocked_out is None and factor.key == "skills" and clamped < KNOCKOUT_SKILLS:
            knocked_out = factor.key
        if knocked_out is None and factor.key_requirement and clamped < KNOCKOUT_CORE_LANGUAGE:
            knocked_out = factor.key
    if knocked_out is not None:
        score *= KNOCKOUT_MULTIPLIER
        note = texts(lang)["r_knockout"].format(percent=format_percent(round((1 - KNOCKOUT_MULTIPLIER) * 100)))
        reasons[knocked_out]["reason"] += note
    return quantize(score), reasons


def quantize(value: float) -> Decimal:
    value = min(100.0, max(0.0, value))
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --- skills ---------------------------------------------------------------------------


def _candidate_sources(analysis: Analysis) -> list[tuple[str, object]]:
    """Return (text, step) for every candidate answer and the cover letter."""
    sources = [(answer.text, answer.step) for answer in analysis.progress.answers]
    if analysis.cover_letter.strip():
        sources.append((analysis.cover_letter, None))
    return sources


def _answer_evidence(skill: Skill, sources: list, findings: _Findings) -> tuple[float, bool]:
    """Return the evidence answers give for `skill` and whether the candidate denied it."""
    best, denied = 0.0, False
    for text, step in sources:
        stuffed = is_stuffed(text) or looks_like_bare_list(text)
        if stuffed:
            findings.stuffing = True
        mentioned = False
        parts = clauses(text)
        for position, clause in enumerate(parts):
            if not skill_found(skill, set(stems(clause))):
                continue
            mentioned = True
            if _negated(parts, position):
                denied = True
            elif stuffed:
                best = max(best, EVIDENCE_ANSWER_STUFFED)
            else:
                contextual = len(parsing.words(text)) >= 5 and not parsing.has_hedge(clause)
                best = max(best, EVIDENCE_ANSWER if contextual else EVIDENCE_ANSWER_BARE)
        if not mentioned and step is not None and step.topic == topics.SKILLS and skill in step.skills:
            verdict = parsing.yes_no(text)
            if verdict is True:
                best = max(best, EVIDENCE_ANSWER_BARE)
            elif verdict is False or parsing.has_negation(text):
                denied = True
    if denied and best == 0.0:
        return 0.0, True
    return best, False


_VERB_ENDING_RE = re.compile(r"(ю|у|л|ла|ли|ем|ешь|ет|ете|ют|ат|ят|ит|мын|мін|пын|пін|дым|дім|ды|ді|ты|ті)$")


def _negated(parts: list[str], position: int) -> bool:
    """Tell whether the clause at `position` is negated.

    A short verbless clause is a list item that shares the verb of the next clause:
    in «Нет, с Python, Django и PostgreSQL не сталкивался» the «с python» part is negated too.
    """
    clause = parts[position]
    if parsing.has_negation(clause):
        return True
    words = tokens(clause)
    if len(words) > 2 or any(_VERB_ENDING_RE.search(word) for word in words if len(word) > 3):
        return False
    following = parts[position + 1:position + 2]
    return bool(following) and parsing.has_negation(following[0])


def _skills(analysis: Analysis, lang: str, findings: _Findings) -> Factor:
    table = texts(lang)
    vacancy, resume = analysis.vacancy, analysis.resume
    if resume.stuffed:
        findings.stuffing = True
    if not vacancy.skills:
        matched = profession_overlap(vacancy, resume)
        return Factor("skills", 80.0 if matched else 30.0,
                      table["r_skills_unlisted_match" if matched else "r_skills_unlisted_other"],
                      gap="" if matched else table["gap_skills_other_profession"])

    sources = _candidate_sources(analysis)
    resume_total, answer_total = 0.0, 0.0
    matched, missing, listed, answered_only = [], [], [], []
    for skill in vacancy.skills:
        in_text = skill_found(skill, resume.context_stems)
        in_list = skill_found(skill, resume.list_stems)
        answer_score, denied = _answer_evidence(skill, sources, findings)
        if denied:
            if in_text or in_list:
                findings.issues.append(table["issue_denied_skill"].format(skill=skill.label))
            missing.append(skill.label)
            continue
        if in_text:
            resume_total += EVIDENCE_STUFFED if resume.stuffed else EVIDENCE_RESUME_TEXT
            if resume.stuffed:
                listed.append(skill.label)
        elif in_list:
            if resume.stuffed:
                resume_total += EVIDENCE_STUFFED
            elif resume.bare_list_only:
                resume_total += EVIDENCE_LIST_WITHOUT_EXPERIENCE
            else:
                resume_total += EVIDENCE_RESUME_LIST
            if resume.stuffed or resume.bare_list_only:
                listed.append(skill.label)
        elif answer_score > 0:
            answer_total += answer_score
            answered_only.append(skill.label)
        else:
            missing.append(skill.label)
            continue
        matched.append(skill.label)

    count = len(vacancy.skills)
    answer_total = min(answer_total, ANSWER_EVIDENCE_CAP * count)
    score = 100.0 * (resume_total + answer_total) / count
    if count == 1:
        key = "r_skill_one_missing" if missing else "r_skill_one_ok"
        reason = table[key].format(matched=join_list(matched), missing=join_list(missing))
    elif not missing:
        reason = table["r_skills_all"].format(total=count, matched=join_list(matched))
    elif not matched:
        reason = table["r_skills_none"].format(total=count, missing=join_list(missing))
    else:
        reason = table["r_skills_some"].format(found=len(matched), total=count,
                                               matched=join_list(matched), missing=join_list(missing))
    if listed:
        reason += table["r_skills_list_note"]
    if answered_only:
        reason += table["r_skills_answers_note"]
    return Factor("skills", score, reason, gap=_skills_gap(missing, listed, answered_only, table))


def _skills_gap(missing: list, listed: list, answered_only: list, table: dict) -> str:
    """Return the gap sentences for skills that are missing, listed without experience, or named only in answers."""
    parts = []
    if missing:
        key = "gap_skills_missing_one" if len(missing) == 1 else "gap_skills_missing"
        parts.append(table[key].format(skills=join_list(missing)))
    if listed:
        parts.append(table["gap_skills_listed"].format(skills=join_list(listed)))
    if answered_only:
        parts.append(table["gap_skills_answers"].format(skills=join_list(answered_only)))
    return " ".join(parts)


def resume_skill_coverage(analysis: Analysis) -> float:
    skills = analysis.vacancy.skills
    if not skills:
        return 0.0
    shown = set(analysis.resume.context_stems) | set(analysis.resume.list_stems)
    return sum(1 for skill in skills if skill_found(skill, shown)) / len(skills)


# --- experience -----------------------------------------------------------------------


def _claimed_years(analysis: Analysis) -> tuple[float | None, bool]:
    """Return the years the candidate's answers state and whether they answered a "short" question."""
    claims, short = [], False
    for answer in analysis.progress.answers:
        if answer.step is not None and answer.step.topic == topics.EXPERIENCE:
            years = parsing.years_mentioned(answer.text, analysis.as_of)
            short = short or answer.step.kind == "short"
        else:
            relevant = [clause for clause in clauses(answer.text) if any(w in clause for w in _EXPERIENCE_WORDS)]
            years = parsing.years_mentioned(" ; ".join(relevant), analysis.as_of) if relevant else None
        if years is not None:
            claims.append(years)
    letter_years = parsing.years_mentioned(analysis.cover_letter, analysis.as_of)
    if letter_years is not None:
        claims.append(letter_years)
    return (max(claims) if claims else None), short


def _beyond_minimum(years: float, need: float) -> float:
    """Score experience that meets the minimum: 85 at the minimum, 100 once it exceeds it by
    the minimum again (at least two years), so that more experience still ranks higher."""
    return MEETS_MINIMUM + (100.0 - MEETS_MINIMUM) * min(1.0, (years - need) / max(need, 2.0))


def _experience(analysis: Analysis, lang: str, findings: _Findings) -> Factor:
    table = texts(lang)
    vacancy, resume = analysis.vacancy, analysis.resume
    need = vacancy.required_years
    have = resume.years
    claimed, short = _claimed_years(analysis)
    years = have
    unverified = False
    if have is None:
        years = claimed
        unverified = claimed is not None
    elif claimed is not None:
        if claimed > have + max(2.0, have):
            findings.issues.append(table["issue_years"])  # the resume's figure is kept
        elif short and claimed > have:
            years = have + 0.5 * (claimed - have)  # experience the resume does not show counts half

    other_field = (years is not None and resume.present and not profession_overlap(vacancy, resume)
                   and resume_skill_coverage(analysis) < 0.3)

    if years is None:
        if need == 0:
            return Factor("experience", 70.0, table["r_experience_unknown_entry"])
        return Factor("experience", 30.0, table["r_experience_unknown"])
    have_text = format_years(years, lang)
    gaps = []
    if need == 0:
        score, reason = _beyond_minimum(years, need), table["r_experience_entry"].format(have=have_text)
    else:
        score = _beyond_minimum(years, need) if years >= need else max(10.0, 100.0 * years / need)
        need_from = format_years_from(need, lang)
        key = "r_experience" if vacancy.level else "r_experience_plain"
        reason = table[key].format(have=have_text, need_from=need_from, level=vacancy.level)
        if years < need:
            gaps.append(table["gap_experience_short"].format(have=have_text, need_from=need_from))
    cap = UNVERIFIED_EXPERIENCE_CAP if not resume.present else UNVERIFIED_AGAINST_RESUME_CAP
    if unverified and score > cap:
        score = cap
        reason += table["r_experience_unverified"]
        gaps.append(table["r_experience_unverified"].strip())
    if other_field and score > OTHER_FIELD_CAP:
        score = OTHER_FIELD_CAP
        reason += table["r_experience_other_field"]
        gaps.append(table["r_experience_other_field"].strip())
    return Factor("experience", score, reason, gap=" ".join(gaps))


# --- location ------------------------------------------------------------------------


def _location_verdict(text: str, vacancy_city: str) -> str | None:
    relocation = parsing.mentions_relocation(text)
    if relocation:
        return "refuses" if parsing.has_negation(text) else "relocate"
    verdict = parsing.yes_no(text)
    city = parsing.city_mentioned(text)
    if city == vacancy_city and verdict is not False:
        return "lives"
    if verdict is True:
        return "yes"
    if verdict is False:
        return "refuses"
    if parsing.mentions_remote(text):
        return "remote_only"
    if city is not None:
        return "other"
    return None


_LOCATION_SCORES = {"same": 100.0, "lives": 95.0, "yes": 85.0, "relocate": 75.0, "other": 40.0,
                    "unknown": 50.0, "remote_only": 30.0, "refuses": 15.0}


def _location(analysis: Analysis, lang: str) -> Factor | None:
    table = texts(lang)
    vacancy, resume = analysis.vacancy, analysis.resume
    if vacancy.remote:
        return Factor("location", 100.0, table["r_location_remote"])
    if vacancy.city is None:
        return None
    city = city_name(vacancy.city, vacancy.city_label, lang)
    if resume.city == vacancy.city:
        return Factor("location", 100.0, table["r_location_same"].format(city=city))

    verdict = "other" if resume.city is not None else "unknown"
    if parsing.mentions_relocation(resume.city_label) and not parsing.has_negation(resume.city_label):
        verdict = "relocate"
    texts_to_read = [analysis.cover_letter] + [
        answer.text for answer in analysis.progress.answers
        if answer.step is not None and answer.step.topic == topics.LOCATION
    ]
    for text in texts_to_read:
        found = _location_verdict(text, vacancy.city)
        if found is not None:
            verdict = found
    reason_key = {"yes": "r_location_relocate", "remote_only": "r_location_refuses"}.get(verdict, f"r_location_{verdict}")
    resume_city = city_name(resume.city, resume.city_label, lang)
    return Factor("location", _LOCATION_SCORES[verdict], table[reason_key].format(city=city, resume_city=resume_city))


# --- salary --------------------------------------------------------------------------


def _salary(analysis: Analysis, lang: str) -> Factor | None:
    table = texts(lang)
    vacancy = analysis.vacancy
    low, high = vacancy.salary_min, vacancy.salary_max
    if low is None and high is None:
        return None
    salary_range = format_range(low, high, vacancy.currency, lang)

    desired = analysis.resume.desired_salary
    accepts = flexible = False
    for answer in analysis.progress.answers:
        if answer.step is None or answer.step.topic != topics.SALARY:
            if parsing.currency_mentioned(answer.text) is None:
                continue
        amount = parsing.money_mentioned(answer.text)
        currency = parsing.currency_mentioned(answer.text)
        if amount is not None:
            if currency is not None and currency != vacancy.currency:
                return Factor("salary", 50.0, table["r_salary_currency"].format(currency=currency))
            desired = amount
        elif accepts_range(answer.text):
            accepts = True
        elif answer.step is not None and answer.step.kind == "above" and parsing.yes_no(answer.text) is True:
            flexible = True

    if flexible:
        return Factor("salary", 80.0, table["r_salary_flexible"].format(range=salary_range))
    if desired is None:
        if accepts:
            return Factor("salary", 90.0, table["r_salary_accepts"].format(range=salary_range))
        return Factor("salary", 50.0, table["r_salary_unknown"])

    desired_text = format_money(desired, vacancy.currency)
    if high is not None and desired > high:
        over = (desired - high) / high
        return Factor("salary", max(0.0, 100.0 - 200.0 * over),
                      table["r_salary_above"].format(desired=desired_text, range=salary_range))
    if low is not None and desired < low:
        return Factor("salary", 90.0, table["r_salary_below"].format(desired=desired_text, range=salary_range))
    return Factor("salary", 100.0, table["r_salary_within"].format(desired=desired_text, range=salary_range))


# --- languages -----------------------------------------------------------------------

_LEVEL_ONLY = (
    (6, ("родн", "native", "ана тіл", "c2")),
    (5, ("свободн", "fluent", "еркін", "c1")),
    (4, ("b2", "хорош", "жақсы")),
    (3, ("b1", "средн", "разговорн", "орташа", "intermediate")),
    (2, ("a2", "базов", "бастапқы")),
    (1, ("a1", "начальн", "со словарем", "сөздікпен")),
)


def _level_without_name(text: str) -> int | None:
    normalized = normalize(text)
    for level, words in _LEVEL_ONLY:
        if any(word in normalized for word in words):
            return level
    return None


def _claim_level(known: dict, resume_levels: dict, key: str, level: int | None, findings: _Findings,
                 table: dict) -> None:
    """Record a level the candidate states; more than one step above the resume's is a contradiction."""
    stated = resume_levels.get(key)
    if level is not None and stated is not None and level > stated + 1:
        findings.issues.append(table["issue_language"])
        return
    known[key] = max(known.get(key) or 0, level or 0) or known.get(key)


def _languages(analysis: Analysis, lang: str, findings: _Findings) -> Factor | None:
    table = texts(lang)
    required = analysis.vacancy.languages
    if not required:
        return None
    resume_levels = {key: mention.level for key, mention in analysis.resume.languages.items()}
    known = dict(resume_levels)
    for answer in analysis.progress.answers:
        if answer.step is None or answer.step.topic != topics.LANGUAGES:
            continue
        mentioned = parsing.languages_mentioned(answer.text)
        for key, mention in mentioned.items():
            _claim_level(known, resume_levels, key, mention.level, findings, table)
            known.setdefault(key, None)
        if not mentioned and len(answer.step.languages) == 1:
            level = _level_without_name(answer.text)
            if level is not None:
                _claim_level(known, resume_levels, answer.step.languages[0], level, findings, table)

    parts, short_parts, total = [], [], 0.0
    for key, stated_level in required.items():
        level = stated_level or DEFAULT_LANGUAGE_LEVEL
        name = language_name(key, None, lang)
        if key not in known:
            share, template = 0.0, "lang_missing"
        elif known[key] is None:
            share, template = 0.7, "lang_no_level"
        elif known[key] >= level:
            share, template = 1.0, "lang_ok"
        elif known[key] == level - 1:
            share, template = 0.6, "lang_close"
        else:
            share, template = 0.25, "lang_low"
        total += share
        parts.append(table[template].format(language=name))
        if share < 1.0:
            short_parts.append(parts[-1])
    score = 100.0 * total / len(required)
    core = bool(analysis.vacancy.core_languages)
    gap = table["r_languages"].format(details="; ".join(short_parts)) if short_parts else ""
    return Factor("languages", score, table["r_languages"].format(details="; ".join(parts)),
                  emphasis=CORE_LANGUAGE_EMPHASIS if core else 1.0, key_requirement=core, gap=gap)


# --- answers and confidence ----------------------------------------------------------


# A message that does not answer its question earns nothing, so a candidate who dodges every
# question scores the same as one who completes without answering.
EVASIVE_QUALITY = 0.0
SUBSTANTIVE_QUALITY = 0.7  # a short answer on the topic; a stuffed one scores 0.4


def _answer_quality(text: str, answered: bool) -> float:
    if not answered:
        return EVASIVE_QUALITY
    if is_stuffed(text) or looks_like_bare_list(text):
        return 0.4
    if len(parsing.words(text)) >= 5 or any(ch.isdigit() for ch in text):
        return 1.0
    return SUBSTANTIVE_QUALITY


def _answers(analysis: Analysis, lang: str, final: bool, findings: _Findings) -> Factor | None:
    """Score how well the candidate answered the plan's questions.

    The score averages each question's answers, so a dodge before a good answer costs
    something. The reason counts questions, not messages: a question is answered in
    substance when one of its answers is, and evasive when none of them answers it. So
    both counts stay within the number of questions answered, however many messages the
    candidate sent.
    """
    table = texts(lang)
    progress = analysis.progress
    by_step: dict[int, list[float]] = {}
    for answer in progress.answers:
        if answer.index is None:
            continue  # a message after the plan was done answers no question
        by_step.setdefault(answer.index, []).append(_answer_quality(answer.text, answer.answered))
        if answer.answered and is_stuffed(answer.text):
            findings.stuffing = True
    if not by_step and not final:
        return None
    if not by_step:
        return Factor("answers", 0.0, table["r_answers_none"])

    qualities = []
    covered = 0
    for index in range(len(progress.plan)):
        if index in by_step:
            qualities.append(sum(by_step[index]) / len(by_step[index]))
        elif index < progress.index:
            qualities.append(1.0)  # skipped because an earlier answer already covered it
            covered += 1
    unreached = len(progress.plan) - len(qualities)
    if final:
        qualities.extend([0.0] * unreached)
    score = 100.0 * sum(qualities) / len(qualities)

    substantive = sum(1 for values in by_step.values() if max(values) >= SUBSTANTIVE_QUALITY)
    evasive = sum(1 for values in by_step.values() if max(values) <= EVASIVE_QUALITY)
    reason = table["r_answers"].format(answered=len(by_step), substantive=substantive, evasive=evasive)
    if covered:
        reason += table["r_answers_covered"].format(count=covered)
    if final and unreached:
        reason += table["r_answers_unreached"].format(count=unreached)
    return Factor("answers", score, reason, gap=_answers_gap(by_step, evasive, unreached if final else 0, table))


def _answers_gap(by_step: dict[int, list[float]], evasive: int, unreached: int, table: dict) -> str:
    """Return the gap sentences for what lowered the answers factor: dodged questions, answers
    given only after a follow-up, keyword lists in place of answers, and questions never reached.

    A question's messages are a dodge and the reply to its follow-up, or one reply. So a
    question that is neither dodged nor answered after a follow-up, and still averages below
    a short answer, got a keyword list (quality 0.4) in one of them.
    """
    delayed = listed = 0
    for values in by_step.values():
        if max(values) <= EVASIVE_QUALITY:
            continue
        if values[0] <= EVASIVE_QUALITY:
            delayed += 1
        elif sum(values) / len(values) < SUBSTANTIVE_QUALITY:
            listed += 1
    parts = []
    if evasive:
        parts.append(table["gap_answers_evasive"].format(evasive=evasive, answered=len(by_step)))
    if delayed:
        parts.append(table["gap_answers_delayed"].format(count=delayed))
    if listed:
        parts.append(table["gap_answers_listed"].format(count=listed))
    if unreached:
        parts.append(table["r_answers_unreached"].format(count=unreached).strip())
    return " ".join(parts)


def _confidence(analysis: Analysis, lang: str, findings: _Findings) -> Factor:
    table = texts(lang)
    issues = list(dict.fromkeys(findings.issues))
    if findings.stuffing:
        issues.append(table["issue_stuffing"])
    pasted = analysis.resume.pasted or analysis.letter_pasted or any(
        answer.pasted for answer in analysis.progress.answers
    )
    if pasted:
        issues.append(table["issue_pasted"])
    score = 100.0 - CONTRADICTION_PENALTY * len(findings.issues) - (STUFFING_PENALTY if findings.stuffing else 0)
    score -= PASTED_PENALTY if pasted else 0
    reason = table["r_confidence_low"].format(issues="; ".join(issues)) if issues else table["r_confidence_ok"]
    injected = analysis.resume.injection or analysis.letter_injection or any(
        answer.injection for answer in analysis.progress.answers
    )
    if injected:
        reason += table["r_injection_note"]
    return Factor("confidence", max(0.0, score), reason)


# --- availability --------------------------------------------------------------------


def _availability(analysis: Analysis, lang: str) -> Factor | None:
    table = texts(lang)
    weeks = None
    for answer in analysis.progress.answers:
        found = parsing.start_weeks(answer.text)
        if found is None:
            continue
        on_topic = answer.step is not None and answer.step.topic == topics.START
        if on_topic or topics.talks_about_start(answer.text):
            weeks = found
    if weeks is None:
        weeks = parsing.start_weeks(analysis.cover_letter) if topics.talks_about_start(analysis.cover_letter) else None
    if weeks is None:
        return None
    if weeks <= 2:
        score = 100.0
    elif weeks <= 4.5:
        score = 85.0
    elif weeks <= 9:
        score = 60.0
    else:
        score = 40.0
    when = table["when_now"] if weeks == 0 else table["when_weeks"].format(weeks=format_weeks(max(1, round(weeks)), lang))
    return Factor("availability", score, table["r_availability"].format(when=when),
                  gap=table["gap_availability"].format(when=when))
