"""Facts parsed from free text in Russian, Kazakh and English: years, money, dates, cities, languages."""

import re
from dataclasses import dataclass
from datetime import date

from .text import clauses, normalize, stems, tokens

_NUMBER_WORDS = {
    "один": 1, "одного": 1, "одну": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "полтора": 1.5, "полгода": 0.5,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
_NUM = r"(\d+(?:[.,]\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_YEARS_RE = re.compile(_NUM + r"\s*\+?\s*(?:-х\s*)?(?:год|года|лет|г\.|жыл|years?|yrs?)(?![а-яa-z])")
_MONTHS_RE = re.compile(_NUM + r"\s*(?:месяц\w*|мес\.?|ай(?![а-я])|months?)")
_AGE_RE = re.compile(r"(?:мне|возраст\w*|жасым|age|aged)\s*:?\s*\d+|\d+\s*(?:жаста|жастамын|years old)")
_RANGE_RE = re.compile(
    r"((?:19|20)\d\d)\s*(?:г\.|гг\.?|жыл\w*)?\s*(?:(?:-\s*)?(?:по|до|to)\b|-)\s*"
    r"((?:19|20)\d\d|наст\w*|н\.\s*в|нв|сегодня|present|now|current|қазір\w*|бүгін\w*)"
)
_SINCE_RE = re.compile(r"(?:с|since|from)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\s*(?:жылдан|ж\.\s*бастап|жылдан\s+бері)")
_SINGLE_YEAR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]?\d)")
_MONEY_RE = re.compile(
    r"(\d[\d\s]*(?:[.,]\d+)?)\s*(?:(?:-|до|–)\s*(\d[\d\s]*(?:[.,]\d+)?)\s*)?"
    r"(тыс\w*\.?|т\.|к|k|мың|млн|миллион\w*|million|mln|m)?(?![а-яa-z0-9])"
)
_NEGATION_RE = re.compile(
    r"(?:^|\s)(?:не|нет|никогда|ни разу|плохо|слабо|no|not|never|poorly|емес|нашар)(?:\s|$)|жоқ|"
    r"\w+(?:маған|меген|мадым|медім|бадым|бедім|падым|педім|маймын|меймін|баймын|беймін|паймын|пеймін)"
)

_HEDGE_RE = re.compile(
    r"(?:^|\s)(?:немного|немножко|мало|чуть-чуть|слегка|поверхностно|базов\w*|аз|азырақ|сәл|a little|basic)(?:\s|$)"
    r"|теори\w*|изуча\w*|на курсах|по курсам|в университете|оқыдым|курс(?:та|ын|тан|тар)\w*|theory"
)

CURRENCY_WORDS = {
    "KZT": ("тенге", "теңге", "тг", "₸", "kzt"),
    "USD": ("$", "usd", "долл", "dollar"),
    "RUB": ("₽", "руб", "rub"),
    "EUR": ("€", "eur", "евро"),
}


def parse_number(raw: str) -> float | None:
    raw = raw.strip()
    if raw in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[raw])
    try:
        return float(raw.replace(",", ".").replace(" ", ""))
    except ValueError:
        return None


def years_mentioned(text: str | None, as_of: date) -> float | None:
    """Return the years of experience that `text` states, or None.

    The result is the larger of the longest explicit duration («5 лет», «бес жыл»,
    «3 years», «8 месяцев») and the union of year ranges («2019–2023», «с 2020 года»).
    Open-ended ranges, and ranges that end later, run to the year of `as_of`, counted in
    whole years like closed ones. Ages («мне 25 лет», «25 жастамын») are ignored.
    """
    text = _AGE_RE.sub(" ", normalize(text))
    durations = []
    for match in _YEARS_RE.finditer(text):
        value = parse_number(match.group(1))
        if value is not None and 0 < value <= 45:
            durations.append(value)
    for match in _MONTHS_RE.finditer(text):
        value = parse_number(match.group(1))
        if value is not None and 0 < value < 120:
            durations.append(round(value / 12, 1))
    spans = _year_spans(text, as_of.year)
    covered = _union_length(spans)
    best = max(durations + ([covered] if covered else []), default=None)
    return best


def _year_spans(text: str, current_year: int) -> list[tuple[int, int]]:
    spans = []
    for match in _RANGE_RE.finditer(text):
        start = int(match.group(1))
        end = int(match.group(2)) if match.group(2)[:1].isdigit() else current_year
        end = min(end, current_year)  # a contract «2024–2028» counts only the years worked so far
        if start <= end:
            spans.append((start, max(end, start + 1) if end == start else end))
    for match in _SINCE_RE.finditer(text):
        start = int(match.group(1) or match.group(2))
        if start < current_year:
            spans.append((start, current_year))
    if not spans:
        # Entries dated by a single year («2025, стажировка») count as one year each.
        for match in _SINGLE_YEAR_RE.finditer(text):
            year = int(match.group(1))
            if year <= current_year:
                spans.append((year, year + 1))
    return spans


def _union_length(spans: list[tuple[int, int]]) -> float:
    total, current_end = 0, None
    for start, end in sorted(spans):
        if current_end is None or start > current_end:
            total += end - start
            current_end = end
        elif end > current_end:
            total += end - current_end
            current_end = end
    return float(total)


def money_mentioned(text: str | None) -> float | None:
    """Return the monthly amount `text` requests («450 тыс», «500 000 тенге», «1,2 млн»), or None.

    A range («400–500 тыс») gives its middle. A bare number below 10 000 with no
    multiplier is not money: it is a year, a count or a percent.
    """
    text = normalize(text)
    for match in _MONEY_RE.finditer(text):
        low = parse_number(match.group(1))
        high = parse_number(match.group(2)) if match.group(2) else None
        multiplier = _multiplier(match.group(3))
        if low is None:
            continue
        value = (low + high) / 2 if high else low
        if multiplier == 1.0 and value < 10000:
            continue  # a bare number this small is a year, a count or a percent
        value *= multiplier
        if value >= 1000:
            return value
    return None


def _multiplier(word: str | None) -> float:
    if not word:
        return 1.0
    if word.startswith(("млн", "миллион", "million", "mln")) or word == "m":
        return 1_000_000.0
    return 1000.0


def currency_mentioned(text: str | None) -> str | None:
    text = normalize(text)
    for code, words in CURRENCY_WORDS.items():
        if any(word in text for word in words):
            return code
    return None


def has_negation(text: str | None) -> bool:
    return bool(_NEGATION_RE.search(normalize(text)))


def has_hedge(text: str | None) -> bool:
    """Tell whether `text` plays the experience down («немного», «только теория», «по курсам», «аз»)."""
    return bool(_HEDGE_RE.search(normalize(text)))


# Start date: the number of weeks until the candidate can start.
_START_NOW = ("сразу", "немедленно", "хоть завтра", "завтра", "с понедельника", "уже готов", "в любое время",
              "бірден", "қазірден", "ертең", "дереу", "кез келген уақытта", "immediately", "right away", "asap")
_WEEKS_RE = re.compile(_NUM + r"\s*(?:недел\w*|апта\w*|weeks?)")
_ONE_WEEK = ("через неделю", "неделю", "бір аптадан", "аптадан кейін", "a week")
_ONE_MONTH = ("через месяц", "месяц", "бір айдан", "айдан кейін", "a month")


def start_weeks(text: str | None) -> float | None:
    """Return in how many weeks the candidate can start, or None when `text` does not say."""
    text = normalize(text)
    if any(phrase in text for phrase in _START_NOW):
        return 0.0
    match = _WEEKS_RE.search(text)
    if match and parse_number(match.group(1)) is not None:
        return parse_number(match.group(1))
    match = _MONTHS_RE.search(text)
    if match and parse_number(match.group(1)) is not None:
        return parse_number(match.group(1)) * 4.3
    if any(phrase in text for phrase in _ONE_WEEK):
        return 1.0
    if any(phrase in text for phrase in _ONE_MONTH):
        return 4.3
    return None


_YES = ("да", "конечно", "готов", "готова", "согласен", "согласна", "yes", "sure", "иә", "әрине", "дайынмын", "келісемін", "ок", "ok")
_NO = ("нет", "не готов", "не готова", "не могу", "не планирую", "no", "жоқ", "дайын емеспін", "алмаймын")


def yes_no(text: str | None) -> bool | None:
    """Return True for a yes, False for a no, None when `text` is neither."""
    text = normalize(text)
    words = set(tokens(text))
    if any(phrase in text for phrase in _NO if " " in phrase) or words & {w for w in _NO if " " not in w}:
        return False
    if words & set(_YES) or any(phrase in text for phrase in _YES if " " in phrase):
        return True
    return None


# Cities of Kazakhstan: canonical key -> stems of the spellings in Russian, Kazakh and English.
CITIES = {
    "almaty": ("алматы", "алма", "almaty", "алмат"),
    "astana": ("астана", "астан", "нур-султан", "нұр-сұлтан", "astana", "nur-sultan"),
    "shymkent": ("шымкент", "shymkent"),
    "karaganda": ("караганд", "қарағанд", "karaganda", "qaragandy"),
    "aktobe": ("актобе", "ақтөбе", "aktobe"),
    "atyrau": ("атырау", "atyrau"),
    "pavlodar": ("павлодар", "pavlodar"),
    "oskemen": ("усть-каменогорск", "өскемен", "оскемен", "oskemen", "ust-kamenogorsk"),
    "kostanay": ("костанай", "қостанай", "kostanay"),
    "taraz": ("тараз", "taraz"),
    "semey": ("семей", "семе", "semey"),
    "aktau": ("актау", "ақтау", "aktau"),
    "kyzylorda": ("кызылорд", "қызылорд", "kyzylorda"),
    "petropavl": ("петропавловск", "петропавл", "petropavl"),
    "oral": ("уральск", "орал", "oral", "uralsk"),
    "turkistan": ("туркестан", "түркістан", "turkistan"),
    "taldykorgan": ("талдыкорган", "талдықорған", "taldykorgan"),
    "ekibastuz": ("экибастуз", "екібастұз", "ekibastuz"),
    "temirtau": ("темиртау", "теміртау", "temirtau"),
    "kokshetau": ("кокшетау", "көкшетау", "kokshetau"),
}


def city_mentioned(text: str | None) -> str | None:
    """Return the key of the first Kazakhstan city named in `text`, or None."""
    normalized = normalize(text)
    for word in re.findall(r"[a-zа-яё" + "әғқңөұүһі" + r"\-]+", normalized):
        for key, spellings in CITIES.items():
            if any(word.startswith(spelling) for spelling in spellings):
                return key
    return None


_REMOTE_WORDS = ("удален", "удалён", "remote", "дистанц", "қашықтан", "из дома", "home office")


def mentions_remote(text: str | None) -> bool:
    text = normalize(text)
    return any(word in text for word in _REMOTE_WORDS)


_RELOCATE_WORDS = ("переезд", "переехать", "перееду", "relocat", "көшуге", "көшемін", "көше аламын", "қоныс")


def mentions_relocation(text: str | None) -> bool:
    text = normalize(text)
    return any(word in text for word in _RELOCATE_WORDS)


# Languages: key -> stems that name it; levels on the CEFR scale as numbers 1..6.
LANGUAGES = {
    "ru": ("русск", "орыс", "russian"),
    "kk": ("казахск", "қазақ", "казах", "kazakh"),
    "en": ("английск", "ағылшын", "english", "англ"),
    "zh": ("китайск", "қытай", "chinese"),
    "tr": ("турецк", "түрік", "turkish"),
    "de": ("немецк", "неміс", "german"),
    "fr": ("французск", "француз", "french"),
}
_LEVEL_WORDS = (
    (6, ("c2", "родн", "native", "ана тіл")),
    (5, ("c1", "свободн", "fluent", "еркін", "advanced", "профессиональн")),
    (4, ("b2", "upper", "выше среднего", "хорош")),
    (3, ("b1", "intermediate", "средн", "разговорн", "рабоч", "орташа", "сөйлесу")),
    (2, ("a2", "pre-intermediate", "elementary", "базов", "бастапқы", "технический")),
    (1, ("a1", "начальн", "beginner", "со словарем", "сөздікпен")),
)


@dataclass(frozen=True)
class LanguageMention:
    key: str
    level: int | None  # 1..6 (A1..C2) or None when not stated


_LANGUAGE_CONTEXT = ("язык", "тіл", "language", "владе", "speak")


def languages_mentioned(text: str | None, strict: bool = False) -> dict[str, LanguageMention]:
    """Return the languages `text` names, with the level stated in the same clause.

    With `strict`, a clause counts only when it is about a language (a word such as
    «язык» or «тілі», a level, or the bare name), so «блюда казахской кухни» is not Kazakh.
    """
    found: dict[str, LanguageMention] = {}
    for clause in clauses(text):
        for key, names in LANGUAGES.items():
            if not any(name in clause for name in names):
                continue
            if strict and not _about_language(clause):
                continue
            level = None
            for value, words in _LEVEL_WORDS:
                if any(word in clause for word in words):
                    level = value
                    break
            previous = found.get(key)
            if previous is None or (level or 0) > (previous.level or 0):
                found[key] = LanguageMention(key, level)
    return found


def _about_language(clause: str) -> bool:
    if any(word in clause for word in _LANGUAGE_CONTEXT) or len(tokens(clause)) <= 2:
        return True
    return any(word in clause for _, level_words in _LEVEL_WORDS for word in level_words)


def words(text: str | None) -> list[str]:
    """Return the tokens of `text` that carry meaning (three letters or more, or digits)."""
    return [token for token in tokens(text) if len(token) >= 3 or token.isdigit()]


def stem_set(text: str | None) -> set[str]:
    return set(stems(text))
