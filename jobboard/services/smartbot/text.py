"""Text normalisation for Russian, Kazakh and English: tokens, light stemming, aliases.

Matching is done on stems, so «бухгалтерский учёт» meets «бухгалтерского учета» and
«опыт работы с PostgreSQL» meets «postgres». The stemmer only strips common inflection
endings. It is deliberately conservative, so a stem keeps at least four letters: a false
match inflates a candidate's score, while a missed one only prompts a question.
"""

import re
import unicodedata

# Letters of the Kazakh alphabet beyond the Russian one.
KAZAKH_LETTERS = "әғқңөұүһі"

_TOKEN_RE = re.compile(r"[0-9a-zа-яё" + KAZAKH_LETTERS + r"][0-9a-zа-яё" + KAZAKH_LETTERS + r"+#./]*")

# Spellings that name the same thing. Keys are normalised tokens, values canonical stems.
ALIASES = {
    "postgres": "postgresql",
    "postgre": "postgresql",
    "постгрес": "postgresql",
    "psql": "postgresql",
    "pg": "postgresql",
    "js": "javascript",
    "джаваскрипт": "javascript",
    "ts": "typescript",
    "react.js": "react",
    "reactjs": "react",
    "реакт": "react",
    "vue.js": "vue",
    "vuejs": "vue",
    "node": "node.js",
    "nodejs": "node.js",
    "питон": "python",
    "пайтон": "python",
    "py": "python",
    "k8s": "kubernetes",
    "кубернетес": "kubernetes",
    "докер": "docker",
    "golang": "go",
    "джава": "java",
    "1с": "1c",
    "1c8": "1c",
    "эксель": "excel",
    "ms": "microsoft",
    "гит": "git",
    "линукс": "linux",
    "постман": "postman",
    "ci": "ci/cd",
    "cd": "ci/cd",
    "ifrs": "мсфо",
}

# Kazakh words that name the same thing as a Russian one, as (Kazakh prefix, Russian word or
# phrase). Resumes in Kazakhstan often mix the languages, so «B, C санатты куәлік» must meet
# «права категории C». The Russian words are stemmed, so both sides end on the same stems.
# The first prefix that a token starts with wins, so a longer word («сатушы», a seller)
# comes before the shorter one it starts with («сату», sales). A few entries are Russian
# («вакцин») and join two Russian words for one thing («вакцинация» and «прививка»). A word
# whose last consonant voices before a vowel ending has both prefixes: «сабақ», «сабағы».
_KAZAKH_TO_RUSSIAN = (
    # documents, places, education and languages
    ("куәлі", "права"), ("санат", "категория"), ("анықтама", "справка"), ("медициналық", "медицинская"),
    ("қаласы", "город"), ("қалада", "город"), ("қаланы", "город"), ("қалалық", "город"),
    ("білім", "образование"), ("жоғары", "высшее"), ("орта", "среднее"), ("педагогика", "педагогическое"),
    ("сертификат", "сертификат"), ("маман", "специалист"), ("кітапша", "книжка"), ("құжат", "документы"),
    ("ағылшын", "английский"), ("тілі", "язык"), ("тілдер", "языки"),
    # accounting
    ("бухгалтерлік", "бухгалтерский"), ("есептілі", "отчетность"), ("есеп", "учет"), ("есеб", "учет"),
    ("салық", "налоговый"), ("салығ", "налоговый"),
    ("хқес", "мсфо"), ("қаржы", "финансовый"), ("бастапқы", "первичный"),
    # sales
    ("сатушы", "продавец"), ("сату", "продажи"), ("сатылым", "продажи"), ("сауда", "торговля"),
    ("келіссөз", "переговоры"), ("келісімшарт", "договор"), ("қоңырау", "звонки"), ("суық", "холодные"),
    ("клиент", "клиент"), ("тұтынушы", "клиент"), ("жоспар", "план"),
    # teaching
    ("мұғалім", "учитель"), ("оқытушы", "преподаватель"), ("оқыту", "преподавание"), ("оқушы", "ученик"),
    ("сабақ", "урок"), ("сабағ", "урок"), ("сынып", "класс"), ("сыныб", "класс"), ("әдістеме", "методика"),
    ("дайында", "подготовка"),
    # driving
    ("жүргізуші", "водитель"), ("көлік", "автомобиль"), ("көліг", "автомобиль"), ("жүк", "грузовой"),
    # medicine
    ("мейірбике", "медсестра"), ("медбике", "медсестра"), ("мейіргер", "медсестра"),
    ("егу", "прививка"), ("екпе", "прививка"), ("вакцин", "прививка"), ("науқас", "пациент"),
    ("күтім", "уход"), ("алғашқы", "первая"), ("көмек", "помощь"), ("көмег", "помощь"), ("аурухана", "больница"),
    ("емхана", "поликлиника"),
    # cooking
    ("аспаз", "повар"), ("санитарлық", "санитарная"), ("тағам", "блюда"),
    # IT
    ("бағдарлама", "программа"), ("әзірле", "разработка"), ("дерекқор", "база данных"), ("деректер", "данные"),
)

# Case forms of «база» (a database, a client base), which the stemmer leaves apart because
# its stem is shorter than _MIN_STEM. «Базар» (a market) is a different word and stays.
_BAZA_RE = re.compile(r"баз(?:а(?:сы\w*|лар\w*|ға|да|дан|ны|ның)?|ы|е|у|ой|ою|ам|ами|ах)")

# Russian endings (nouns, adjectives, participles, common verb forms), longest first.
_RU_ENDINGS = sorted(
    """
    ыми ими ого его ому ему ая яя ое ее ые ие ый ий ой ую юю ых их ом ем
    ами ями ах ях ов ев ей ам ям ию ия ии ь ы и а я о е у ю
    ться тся ать ять ить еть ешь ет ют ут ит ат ят ал ала али ил ила или ел ла ли
    ость ости остью ностей ние ния нии нию нием ением ение ения ений
    ский ского скому ским ском ская ской скую ское ские ских скими
    """.split(),
    key=len,
    reverse=True,
)

# Kazakh case, plural and possessive suffixes, longest first.
_KK_ENDINGS = sorted(
    """
    лардың лердің дардың дердің тардың тердің
    ларды лерді дарды дерді тарды терді ларға лерге дарға дерге тарға терге
    ларда лерде дарда дерде тарда терде лардан лерден дардан дерден тардан терден
    лары лері дары дері тары тері
    ның нің дың дің тың тің ға ге қа ке на не да де та те
    нда нде дан ден тан тен нан нен ды ді ты ті ны ні мен бен пен
    лар лер дар дер тар тер сы сі ын ін ым ім мыз міз
    """.split(),
    key=len,
    reverse=True,
)

_MIN_STEM = 4

# Characters that render as nothing. The ranges are the Unicode format characters
# (category Cf): zero-width spaces and joiners, the BOM, the soft hyphen, bidi controls
# and tag characters. The last six are the combining grapheme joiner and the Hangul and
# Braille blanks, which pass for letters. A test checks the ranges against unicodedata.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\u034f\u115f\u1160\u3164\uffa0\u2800]"
)


def strip_invisible(text: str | None) -> str:
    """Remove the characters that render as nothing, so that «Do\u200bcker» reads «Docker»."""
    if not text:
        return ""
    return _INVISIBLE_RE.sub("", str(text))


def has_words(text: str | None) -> bool:
    """Tell whether `text` has a word or a number, rather than only blanks, punctuation or emoji."""
    return bool(tokens(text))


def normalize(text: str | None) -> str:
    """Lower-case `text`, drop invisible characters, fold ё to е and unify dashes, quotes and spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", strip_invisible(text)).lower()
    text = text.replace("ё", "е")
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u00a0\u2007\u202f]", " ", text)
    return text


def tokens(text: str | None) -> list[str]:
    """Split `text` into normalised word tokens, keeping c++, c#, node.js, ci/cd and 1с whole.

    Hyphens separate tokens, so «Python-разработчик» gives «python» and «разработчик».
    """
    return [token for token, _, _ in token_spans(normalize(text))]


def token_spans(normalized: str) -> list[tuple[str, int, int]]:
    """Return the tokens of already normalised text with their start and end offsets in it."""
    found = []
    for match in _TOKEN_RE.finditer(normalized):
        token = match.group(0).rstrip("./")
        if token:
            found.append((token, match.start(), match.start() + len(token)))
    return found


def is_latin(token: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-z+#./\-]+", token))


def stem(token: str) -> str:
    """Return the first stem of one normalised token (see word_stems)."""
    return word_stems(token)[0]


def word_stems(token: str) -> tuple[str, ...]:
    """Return the stems of one normalised token; Latin tokens map through ALIASES only.

    A Kazakh word that Russian names with two words gives two stems: «дерекқор» gives the
    stems of «база данных».
    """
    token = ALIASES.get(token, token)
    if is_latin(token):
        return (token,)
    if token == "қала":
        return (_stem_cyrillic("город"),)
    for prefix, russian in _KAZAKH_TO_RUSSIAN:
        if token.startswith(prefix):
            return tuple(_stem_russian(word) for word in russian.split())
    return (_stem_russian(token),)


def _stem_russian(token: str) -> str:
    if _BAZA_RE.fullmatch(token):
        return "база"
    return _stem_cyrillic(token)


def _stem_cyrillic(token: str) -> str:
    # A word with Kazakh-only letters is Kazakh. Any other Cyrillic word is tried as
    # Russian first, because Kazakh suffixes such as -та would also cut «работа».
    if any(ch in KAZAKH_LETTERS for ch in token):
        order = (_KK_ENDINGS, _RU_ENDINGS)
    else:
        order = (_RU_ENDINGS, _KK_ENDINGS)
    for endings in order:
        stripped = _strip_ending(token, endings)
        if stripped != token:
            token = stripped
            break
    return ALIASES.get(token, token)


def _strip_ending(token: str, endings: list[str]) -> str:
    for ending in endings:
        if token.endswith(ending) and len(token) - len(ending) >= _MIN_STEM:
            return token[: -len(ending)]
    return token


def stems(text: str | None) -> list[str]:
    """Return the stems of every token of `text`, in order."""
    return [part for token in tokens(text) for part in word_stems(token)]


def stems_match(wanted: str, present: str) -> bool:
    """Tell whether two stems name the same word.

    Cyrillic stems of five letters or more also match by prefix, which absorbs endings
    the stemmer does not know («бухгалтер» and «бухгалтерск»). Latin stems must be equal,
    so «java» never meets «javascript».
    """
    if wanted == present:
        return True
    if is_latin(wanted) or is_latin(present):
        return False
    shorter, longer = sorted((wanted, present), key=len)
    return len(shorter) >= 5 and longer.startswith(shorter)


def contains_stem(wanted: str, present: set[str]) -> bool:
    if wanted in present:
        return True
    return any(stems_match(wanted, candidate) for candidate in present)


def cyrillic_share(text: str | None) -> tuple[float, float]:
    """Return the share of Cyrillic letters in `text` and the share of Kazakh-only letters."""
    letters = [ch for ch in normalize(text) if ch.isalpha()]
    if not letters:
        return 0.0, 0.0
    cyrillic = sum(1 for ch in letters if "а" <= ch <= "я" or ch in KAZAKH_LETTERS)
    kazakh = sum(1 for ch in letters if ch in KAZAKH_LETTERS)
    return cyrillic / len(letters), kazakh / len(letters)


def clauses(text: str | None) -> list[str]:
    """Split normalised `text` into clauses at sentence ends, semicolons, commas and brackets."""
    parts = re.split(r"[\n;,()\[\]•·]|(?<!\d)\.(?!\d)|[!?]", normalize(text))
    return [part.strip() for part in parts if part.strip()]


def sentences(text: str | None) -> list[str]:
    """Split original `text` into sentences, keeping case and punctuation."""
    parts = re.split(r"(?<=[.!?…])\s+|\n+", str(text or ""))
    return [part.strip() for part in parts if part.strip()]
