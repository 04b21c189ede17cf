"""Extract a vacancy's requirements and a resume's evidence from the rows, once per turn."""

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Mapping

from . import parsing
from .safety import is_stuffed, looks_like_bare_list, strip_injections
from .text import (
    contains_stem,
    cyrillic_share,
    is_latin,
    normalize,
    stem,
    stems,
    strip_invisible,
    token_spans,
    tokens,
    word_stems,
)

# Words that frame a requirement rather than name it («опыт работы с», «знание», «от 3 лет»).
_FILLER_WORDS = """
опыт опыта опытом работы работа работе работать работу знание знания знаний умение умения умеете
навыки навык навыков навыками владение владеть понимание понимать уверенное уверенный уверенные
хорошее хороший хорошие отличное отличный базовое базовые базовый обязательно обязателен желательно
приветствуется плюсом плюс будет наличие требуется требования требование необходимо необходим
необходимое обязательное от лет года год месяцев не менее более с со в во на по для и или а также к
о об при из за уровень уровне коммерческий коммерческого практический практического образование
образования аналогичной аналогичный должности должность сфере области умеющий способность
ведение ведения проведение использование использования применение составление
тәжірибе тәжірибесі тәжірибесінің білу білуі білімі білім меңгеру меңгерген дағдысы дағдылары
дағды жұмыс жұмысы жұмыстың кемінде жыл жылдан міндетті қажет артықшылық болып табылады және
немесе мен бен пен бойынша деңгейі жақсы негізгі саласында жүргізу беру
experience of with in and or years year strong good skills skill knowledge understanding ability to
the a an plus required must nice have
"""
FILLER_STEMS = frozenset(stem(word) for word in tokens(_FILLER_WORDS))

# Soft skills cannot be checked against a resume, so they are not scored or asked about.
_SOFT_STEMS = (
    "ответствен", "коммуникабельн", "стрессоустойчив", "пунктуальн", "внимательн", "команд",
    "обучаем", "исполнительн", "аккуратн", "вежлив", "доброжелательн", "инициативн", "порядочн",
    "клиентоориентирован", "целеустремлен", "организован", "жауапкершіл", "ұқыпты", "ұйымшыл",
    "мұқият", "пунктуал", "team", "communicat", "responsib",
)
_LEADING_FRAME = re.compile(
    r"^(?:(?:опыт|опыта|знание|знания|умение|навыки?|владение|понимание|уверенное|хорошее|"
    r"отличное|базовое|обязательно|желательно|наличие|experience|knowledge|"
    r"тәжірибе|білу|меңгеру)\s+)+(?:(?:работы|работать)\s+)?(?:(?:с|со|в|with|of|in)\s+)?",
    re.IGNORECASE,
)
_TRAILING_YEARS = re.compile(r"\s*(?:от|не менее|более|кемінде|from)?\s*\d+[.,]?\d*\s*\+?\s*(?:-х\s*)?"
                             r"(?:лет|года|год|жыл\w*|years?)\b.*$", re.IGNORECASE)
_EXPERIENCE_WORDS = ("опыт", "стаж", "тәжірибе", "experience")
_LEVEL_YEARS = {"junior": 0.0, "middle": 2.0, "senior": 5.0}


@dataclass(frozen=True)
class Skill:
    """One required skill: alternatives of stem tuples («MySQL или PostgreSQL») and a label."""

    alternatives: tuple[tuple[str, ...], ...]
    label: str


@dataclass(frozen=True)
class VacancyProfile:
    title: str
    title_stems: frozenset  # the profession: content stems of the title and of "experience in X" items
    skills: tuple[Skill, ...]
    required_years: float
    level: str | None
    city: str | None
    city_label: str
    remote: bool
    salary_min: float | None
    salary_max: float | None
    currency: str
    languages: dict  # language key -> required level 1..6 (A1..C2), or None when the vacancy names no level
    core_languages: frozenset  # languages the title names («Учитель английского языка»): the job itself


@dataclass(frozen=True)
class ResumeProfile:
    present: bool
    context_stems: frozenset  # title, summary, experience, desired position
    list_stems: frozenset  # skills and education fields
    stuffed: bool  # the skills list repeats words or is overlong
    bare_list_only: bool  # skills are listed but the experience text is empty
    years: float | None
    city: str | None
    city_label: str
    desired_salary: float | None
    languages: dict  # language key -> parsing.LanguageMention
    injection: bool  # the resume contained instructions to the bot, which were dropped
    pasted: bool = False  # the resume copied the vacancy's text, which was dropped (see cut_pasted)


def as_float(value) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


_ITEM_SEPARATOR_RE = re.compile(r"[\n;•·]|,(?!\d)|\.\s+|\s+(?:и|а также|және|and)\s+|^\s*[-*]\s*", re.MULTILINE)
_BRACKET_PAIRS = {"(": ")", "[": "]"}


def _split_items(text: str) -> list[str]:
    """Split requirements into items, but not inside brackets: «Python (pandas, numpy)» is one item."""
    inside = _bracketed_positions(text)
    parts, start = [], 0
    for match in _ITEM_SEPARATOR_RE.finditer(text):
        if match.start() in inside or match.end() == match.start():
            continue
        parts.append(text[start:match.start()])
        start = match.end()
    parts.append(text[start:])
    return [part.strip(" -*.:\t") for part in parts if part and part.strip(" -*.:\t")]


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    """Return the (open, close) positions of the outermost matched brackets in `text`."""
    spans, stack = [], []
    for position, char in enumerate(text):
        if char in _BRACKET_PAIRS:
            stack.append((char, position))
        elif stack and char == _BRACKET_PAIRS[stack[-1][0]]:
            _, opened = stack.pop()
            if not stack:
                spans.append((opened, position))
    return spans


def _bracketed_positions(text: str) -> set[int]:
    return {position for opened, closed in _bracket_spans(text) for position in range(opened + 1, closed)}


def _split_brackets(item: str) -> tuple[str, list[str]]:
    """Return the text of `item` outside its brackets and the text inside each pair."""
    outside, inner, start = [], [], 0
    for opened, closed in _bracket_spans(item):
        outside.append(item[start:opened])
        inner.append(item[opened + 1:closed])
        start = closed + 1
    outside.append(item[start:])
    return " ".join(part.strip() for part in outside if part.strip()), inner


def _content_stems(text: str) -> tuple[str, ...]:
    result = []
    for token in tokens(text):
        if token.isdigit() or (len(token) == 1 and not is_single_letter_skill(token)):
            continue
        for token_stem in word_stems(token):
            if token_stem not in FILLER_STEMS and token_stem not in result:
                result.append(token_stem)
    return tuple(result)


def is_single_letter_skill(token: str) -> bool:
    return token in {"c", "r"}


def _is_soft(stem_tuple: tuple[str, ...]) -> bool:
    return any(part.startswith(_SOFT_STEMS) for part in stem_tuple)


def _label(item: str) -> str:
    """Return the requirement as it reads mid-sentence.

    Framing words go only before a technology name: «знание 1С:Бухгалтерия» gives
    «1С:Бухгалтерия». A Russian or Kazakh phrase keeps them, because «знание города» cut
    to «города» would be in the wrong case. A leading capital of a Cyrillic word is lowered.
    """
    label = _TRAILING_YEARS.sub("", item.strip()).strip(" ,.-:") or item.strip()
    unframed = _LEADING_FRAME.sub("", label)
    if unframed and re.match(r"[A-Za-z0-9]", unframed):
        label = unframed
    first = label.split(" ", 1)[0]
    if len(first) > 1 and _is_cyrillic(first[0]) and first[0].isupper() and first[1:].islower():
        label = label[0].lower() + label[1:]
    return label


def _is_cyrillic(char: str) -> bool:
    return "а" <= char.lower() <= "я" or char.lower() in "ёәғқңөұүһі"


_ALTERNATIVE_SEPARATOR_RE = re.compile(r"\s+(?:или|либо|немесе|or)\s+|/(?![a-z])")
_BRACKET_ITEM_SEPARATOR_RE = re.compile(r"[,;]|\s+(?:или|либо|немесе|or|и|және|and)\s+|/(?![a-z])")


def _skill_from_item(item: str) -> Skill | None:
    """Build a skill from one requirement item; a tool named in its brackets meets it alone.

    «Python (pandas, numpy)» is met by Python with pandas, Python with numpy, pandas alone
    or numpy alone: a candidate who works with pandas works with Python. Only a Latin name
    of two letters or more in the brackets is enough alone, so «права (категория C)» still
    needs the licence and «Python (3.10+)» still needs Python.
    """
    head, bracketed = _split_brackets(item)
    heads = []
    for part in _ALTERNATIVE_SEPARATOR_RE.split(head):
        content = _content_stems(part)
        if content and not _is_soft(content):
            heads.append(content)
    details = []
    for group in bracketed:
        for part in _BRACKET_ITEM_SEPARATOR_RE.split(group):
            content = _content_stems(part)
            if content and not _is_soft(content):
                details.append(content)

    alternatives: list[tuple[str, ...]] = []
    if not details:
        alternatives = heads
    for detail in details:
        for head_stems in heads or [()]:
            combined = head_stems + tuple(part for part in detail if part not in head_stems)
            if combined not in alternatives:
                alternatives.append(combined)
        if _names_a_tool(detail) and detail not in alternatives:
            alternatives.append(detail)
    if not alternatives:
        return None
    return Skill(tuple(alternatives), _label(item))


def _names_a_tool(stem_tuple: tuple[str, ...]) -> bool:
    return any(is_latin(part) and len(part) >= 2 and re.search(r"[a-z]", part) for part in stem_tuple)


def _latin_names(text: str) -> list[str]:
    return [word for word in re.findall(r"[A-Za-z0-9][A-Za-z0-9+#.:]*", text)
            if not word.isdigit() and stem(word.lower()) not in FILLER_STEMS]


def vacancy_profile(vacancy: Mapping, as_of: date) -> VacancyProfile:
    """Extract the skills, years, languages, place and salary that `vacancy` requires."""
    requirements = strip_invisible(vacancy.get("requirements"))
    source = requirements if requirements.strip() else strip_invisible(vacancy.get("description"))
    skills: list[Skill] = []
    languages: dict[str, int] = {}
    required_years = 0.0
    field_stems: set[str] = set()
    seen: set[tuple] = set()
    for item in _split_items(source):
        mentioned = parsing.languages_mentioned(item, strict=True)
        if mentioned:
            for key, mention in mentioned.items():
                languages[key] = max(languages.get(key) or 0, mention.level or 0) or None
            continue
        years = parsing.years_mentioned(item, as_of)
        if years and any(word in normalize(item) for word in _EXPERIENCE_WORDS):
            # «Опыт продаж от 1 года» names the field, not a skill: its words join the
            # profession. A technology in it («опыт работы с Python от 3 лет») stays a skill.
            required_years = max(required_years, years)
            stripped = _TRAILING_YEARS.sub("", item)
            field_stems.update(part for part in _content_stems(stripped) if not is_latin(part))
            head, bracketed = _split_brackets(stripped)
            item = " ".join(_latin_names(head))
            for group in bracketed:
                names = _latin_names(group)
                if names:
                    item += f" ({', '.join(names)})"  # «Python (pandas)» keeps its brackets
            item = item.strip()
            if not item:
                continue
        skill = _skill_from_item(_TRAILING_YEARS.sub("", item))
        if skill and skill.alternatives not in seen and len(skills) < 10:
            seen.add(skill.alternatives)
            skills.append(skill)

    level = vacancy.get("experience_level")
    if not required_years:
        required_years = _LEVEL_YEARS.get(level or "", 0.0)
    location = str(vacancy.get("location") or "")
    return VacancyProfile(
        title=str(vacancy.get("title") or ""),
        title_stems=frozenset(_content_stems(str(vacancy.get("title") or ""))) | frozenset(field_stems),
        skills=tuple(skills),
        required_years=required_years,
        level=level,
        city=parsing.city_mentioned(location),
        city_label=location.strip(),
        remote=bool(vacancy.get("remote_work")) or parsing.mentions_remote(location),
        salary_min=as_float(vacancy.get("salary_min")),
        salary_max=as_float(vacancy.get("salary_max")),
        currency=str(vacancy.get("salary_currency") or "KZT").upper(),
        languages=languages,
        core_languages=frozenset(key for key in parsing.languages_mentioned(vacancy.get("title"), strict=True)
                                 if key in languages),
    )


def resume_profile(resume: Mapping | None, as_of: date,
                   vacancy_phrases: frozenset = frozenset()) -> ResumeProfile:
    """Extract the evidence that `resume` shows, with any instructions to the bot removed.

    Open-ended experience («с 2019 года») is counted to the year of `as_of`. Text copied
    from the vacancy (`vacancy_phrases`, see cut_pasted) is removed too, because it shows
    what the employer requires, not what the candidate did.
    """
    if not resume:
        return ResumeProfile(False, frozenset(), frozenset(), False, False, None, None, "", None, {}, False)
    injection = pasted = False
    fields = {}
    for name in ("title", "summary", "experience", "education", "skills", "languages", "desired_position", "location"):
        cleaned, dropped = strip_injections(strip_invisible(resume.get(name)))
        if name in _PASTE_CHECKED_FIELDS:
            cleaned, copied = cut_pasted(cleaned, vacancy_phrases)
            pasted = pasted or copied
        fields[name] = cleaned
        injection = injection or dropped
    context_text = " \n".join(fields[name] for name in ("title", "summary", "experience", "desired_position"))
    list_text = fields["skills"] + " \n" + fields["education"]
    languages = parsing.languages_mentioned(fields["languages"])
    _infer_written_language(context_text + " " + list_text, languages)
    return ResumeProfile(
        present=True,
        context_stems=frozenset(stems(context_text)),
        list_stems=frozenset(stems(list_text)),
        stuffed=is_stuffed(fields["skills"]) or is_stuffed(context_text, list_limit=10_000),
        bare_list_only=looks_like_bare_list(fields["skills"]) and len(fields["experience"].split()) < 5,
        years=parsing.years_mentioned(fields["experience"] + " \n" + fields["summary"], as_of),
        city=parsing.city_mentioned(fields["location"]),
        city_label=fields["location"].strip(),
        desired_salary=as_float(resume.get("desired_salary")),
        languages=languages,
        injection=injection,
        pasted=pasted,
    )


# A run of PASTE_MIN_TOKENS tokens or more, copied in order from the vacancy's requirements
# or description, is pasted when PASTE_MIN_FRAMING of its tokens are numbers or words that
# phrase a requirement («опыт», «от», «3», «лет», «знание»). A plain list of skill names in
# the vacancy's order has none, and neither has a duty described in the same words
# («доставка стройматериалов по Караганде и области»), so an honest resume keeps both.
PASTE_MIN_TOKENS = 6
PASTE_MIN_FRAMING = 2
_REQUIREMENT_WORDS = """
опыт опыта знание знания умение умения навыки навык владение требуется требования обязательно
желательно необходимо наличие приветствуется менее от лет года год месяцев
тәжірибе тәжірибесі білу білуі меңгеру кемінде жыл жылдан міндетті қажет артықшылық
experience knowledge required must years year least
"""
_REQUIREMENT_STEMS = frozenset(stem(word) for word in tokens(_REQUIREMENT_WORDS))
_PASTE_CHECKED_FIELDS = ("summary", "experience", "education", "skills")


def vacancy_phrases(vacancy: Mapping) -> frozenset:
    """Return every run of PASTE_MIN_TOKENS tokens of the vacancy's requirements and description."""
    phrases = set()
    for name in ("requirements", "description"):
        words = tokens(strip_invisible(vacancy.get(name)))
        for start in range(len(words) - PASTE_MIN_TOKENS + 1):
            phrases.add(tuple(words[start:start + PASTE_MIN_TOKENS]))
    return frozenset(phrases)


def cut_pasted(text: str, phrases: frozenset) -> tuple[str, bool]:
    """Remove the stretches of `text` copied from the vacancy (see PASTE_MIN_TOKENS).

    Returns the text and whether anything was removed. When something was, the text
    returned is normalised (lower case, ё as е), which every later match does anyway.
    """
    if not phrases or not text:
        return text, False
    normalized = normalize(text)
    spans = token_spans(normalized)
    words = [word for word, _, _ in spans]
    copied = [False] * len(words)
    for start in range(len(words) - PASTE_MIN_TOKENS + 1):
        if tuple(words[start:start + PASTE_MIN_TOKENS]) in phrases:
            copied[start:start + PASTE_MIN_TOKENS] = [True] * PASTE_MIN_TOKENS

    cuts = []
    position = 0
    while position < len(words):
        if not copied[position]:
            position += 1
            continue
        end = position
        while end < len(words) and copied[end]:
            end += 1
        if sum(1 for word in words[position:end] if _is_framing(word)) >= PASTE_MIN_FRAMING:
            cuts.append((spans[position][1], spans[end - 1][2]))
        position = end
    if not cuts:
        return text, False

    kept, previous_end = [], 0
    for start, end in cuts:
        kept.append(normalized[previous_end:start])
        previous_end = end
    kept.append(normalized[previous_end:])
    return "\n".join(kept), True


def _is_framing(word: str) -> bool:
    return word.isdigit() or any(part in _REQUIREMENT_STEMS for part in word_stems(word))


def _infer_written_language(text: str, languages: dict) -> None:
    """Count the language a resume is written in as known at B2: its author writes it fluently enough."""
    cyrillic, kazakh = cyrillic_share(text)
    if cyrillic >= 0.5 and "ru" not in languages:
        languages["ru"] = parsing.LanguageMention("ru", 4)
    if kazakh >= 0.03 and "kk" not in languages:
        languages["kk"] = parsing.LanguageMention("kk", 4)


def skill_found(skill: Skill, present: set | frozenset) -> bool:
    """Tell whether any alternative of `skill` is shown by the stems in `present`."""
    present = set(present)
    for alternative in skill.alternatives:
        # Latin parts (C, 1C, IELTS, PostgreSQL) must all be there: «права категории B»
        # does not meet «права категории C». A Latin name of two or more characters is
        # enough on its own («1С» for «1С:Бухгалтерия»). Of longer Russian or Kazakh
        # phrases, 60% of the words are enough.
        latin = [part for part in alternative if is_latin(part)]
        if not all(part in present for part in latin):
            continue
        if any(len(part) >= 2 for part in latin):
            return True
        hits = sum(1 for part in alternative if contains_stem(part, present))
        needed = len(alternative) if len(alternative) <= 2 else max(2, round(len(alternative) * 0.6))
        if hits >= needed:
            return True
    return False


def profession_overlap(vacancy: VacancyProfile, resume: ResumeProfile) -> bool:
    """Tell whether the resume's own words name the vacancy's profession."""
    return any(contains_stem(part, set(resume.context_stems)) for part in vacancy.title_stems if len(part) >= 3)
