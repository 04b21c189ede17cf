"""Defences against gaming the score: instructions in candidate text, keyword stuffing, evasion."""

import re
from collections import Counter

from .text import KAZAKH_LETTERS, normalize, sentences, tokens

# A sentence is an injection when it addresses the bot's rules, poses as a system message,
# or requests a high score. Honest wording that merely contains «100%» («выкатываю релизы
# на 100% без простоев», «владею казахским на 100%») is none of these, so it stays.
_INSTRUCTION_RE = re.compile(
    r"(system|developer)\s+(prompt|message)|you are now|\bact as\b"
    r"|игнорир\w*|(предыдущ|прошл)\w* (инструкц|указан)"
    r"|системн\w* (промпт|сообщен|инструкц)|ты теперь|\bпоставь(те)?\b|\bоцени(те)?\b"
)
# Pairs (first, then): a sentence is an instruction when `then` follows `first` in it. Searching
# `then` after the first match of `first` keeps the check linear in the sentence's length.
_ORDERED_INSTRUCTIONS = tuple((re.compile(first), re.compile(then)) for first, then in (
    (r"ignore\b", r"\b(instruction|rule|prompt)"),
    (r"disregard\b", r"\b(instruction|rule|prompt|above|everything)"),
    (r"forget\b", r"\b(instruction|rule|prompt|above|everything|previous)"),
    (r"забудь", r"инструкц|правил|промпт|выше|ранее|предыдущ|сказанн"),
    (r"нұсқау", r"елеме|ұмыт"),
    (r"елеме|ұмыт", r"нұсқау|бәрін|барлығын|жоғары"),
))
# A sentence that starts with a chat role label («СИСТЕМА:», «system:», «Жүйе:», «[system]»)
# or contains a chat-template token («<|im_start|>», «[INST]») pretends to be a message from
# the platform. «Ассистент:» and «Администратор:» are left out: resumes list such job titles.
_ROLE_LABEL_RE = re.compile(
    r"^\W*(?:system(?:\s+(?:message|prompt))?|sys|assistant|smartbot|bot|ai|система|системное сообщение"
    r"|бот|ии|жүйе|жүйелік хабарлама)\s*[:：>\]]"
    r"|<\|[a-z_]{1,20}\|>|<<\s*sys\s*>>|\[/?inst\]|###\s*(?:system|instruction|assistant)"
)
# «relevance_score = 100», «оценка: максимум».
_SCORE_ASSIGNMENT_RE = re.compile(
    r"(?:score|rating|балл|оценк|рейтинг|релевантн|ұпай|баға)\w*\s*[:=]\s*(?:100\b|максим|max)"
)
_HIGH = r"(?:100\b|максим|высш|highest|\bmax|perfect|ең жоғары|толық|идеальн)"
_SCORE_WORD_RE = re.compile(r"балл|оценк|рейтинг|релевантн|процент|%|score|rating|ұпай|баға|бағала|пайыз")
# A request verb followed within three words by a high value: «дай мне 100%», «give me the
# max score», «маған 100 ұпай бер», «set my score to 100».
_REQUEST_RE = re.compile(
    r"\b(?:дай(?:те)?|сделай(?:те)?|выстав\w*|присво\w*|начисл\w*|заслуживаю|give|set|make|assign|grant|award"
    r"|deserve|қой\w*|бер(?:іңіз|іңдер)?|жаса\w*|лайықпын)\b\W+(?:\w+\W+){0,3}?" + _HIGH
)
# A score for "the candidate" («Оценка кандидата: 100 из 100», «үміткерге 100 ұпай»), or a
# first-person pronoun right before a high score («мне 100 баллов», «маған 100 ұпай»).
_STRONG_SCORE_WORD_RE = re.compile(r"балл|оценк|рейтинг|релевантн|score|rating|ұпай|баға|бағала")
_CANDIDATE_WORD_RE = re.compile(r"кандидат|соискател|үміткер|candidate|applicant")
_PRONOUN_BEFORE_HIGH_RE = re.compile(r"\b(?:мне|маған|me)\b\W+(?:\w+\W+){0,1}?" + _HIGH)
_HIGH_WORD_RE = re.compile(_HIGH)

# Letters that look alike in Latin and Cyrillic. «Игнoрируй» with a Latin «o» reads as
# «игнорируй» to a person, so a word that mixes the two scripts is also checked with its
# look-alike letters folded into either script.
_LATIN_TO_CYRILLIC = str.maketrans("abcehikmnoprtuxy", "авсенікмпоргтиху")
_CYRILLIC_TO_LATIN = str.maketrans("авсеніһкмопргтиху", "abcehihkmonprtuxy")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]+")
_LATIN_LETTER_RE = re.compile(r"[a-z]")
_CYRILLIC_LETTER_RE = re.compile(r"[а-яё" + KAZAKH_LETTERS + r"]")


def _fold_mixed_words(text: str, table: dict) -> str:
    def fold(match: re.Match) -> str:
        word = match.group(0)
        if _LATIN_LETTER_RE.search(word) and _CYRILLIC_LETTER_RE.search(word):
            return word.translate(table)
        return word

    return _LETTER_RUN_RE.sub(fold, text)


def _spellings(sentence: str) -> set[str]:
    """Return the normalised sentence and its versions with mixed-script words folded to one script."""
    text = normalize(sentence)
    return {text, _fold_mixed_words(text, _LATIN_TO_CYRILLIC), _fold_mixed_words(text, _CYRILLIC_TO_LATIN)}


def is_injection(sentence: str) -> bool:
    return any(_instructs_bot(text) for text in _spellings(sentence))


def poses_as_system(sentence: str) -> bool:
    """Tell whether `sentence` starts like a message from the platform («СИСТЕМА:», «[system]»)."""
    return any(_ROLE_LABEL_RE.search(text) for text in _spellings(sentence))


def _instructs_bot(text: str) -> bool:
    if _INSTRUCTION_RE.search(text) or _ROLE_LABEL_RE.search(text) or _SCORE_ASSIGNMENT_RE.search(text):
        return True
    for first, then in _ORDERED_INSTRUCTIONS:
        match = first.search(text)
        if match and then.search(text, match.end()):
            return True
    if not _HIGH_WORD_RE.search(text) or not _SCORE_WORD_RE.search(text):
        return False
    if _REQUEST_RE.search(text):
        return True
    if not _STRONG_SCORE_WORD_RE.search(text):
        return False  # «мне 100% подходит график» requests nothing
    return bool(_CANDIDATE_WORD_RE.search(text) or _PRONOUN_BEFORE_HIGH_RE.search(text))


def strip_injections(text: str | None) -> tuple[str, bool]:
    """Drop the sentences of `text` that try to instruct the bot.

    Returns the remaining text and whether anything was dropped. A sentence that poses as
    a system message takes the rest of its line with it, because everything after such a
    label is the fake message. The rest of the text is scored as usual, so an injection
    neither helps nor hurts the candidate.
    """
    kept, dropped = [], False
    for line in str(text or "").splitlines():
        fake_message = False
        for sentence in sentences(line):
            fake_message = fake_message or poses_as_system(sentence)
            if fake_message or is_injection(sentence):
                dropped = True
            else:
                kept.append(sentence)
    return " ".join(kept), dropped


def repetition_ratio(text: str | None) -> float:
    """Return the share of tokens of length >= 4 that repeat an earlier token."""
    words = [token for token in tokens(text) if len(token) >= 4]
    if len(words) < 6:
        return 0.0
    return 1 - len(set(words)) / len(words)


def looks_like_bare_list(text: str | None) -> bool:
    """Tell whether `text` is a list of names rather than sentences about work."""
    words = tokens(text)
    latin = [word for word in words if re.fullmatch(r"[a-z0-9+#.]+", word)]
    if len(words) >= 4 and len(latin) / len(words) >= 0.8 and not re.search(r"[.!?]\s", str(text)):
        return True  # «Python Django PostgreSQL Docker» in a Russian or Kazakh dialog
    items = [item.strip() for item in re.split(r"[,;\n/|•·]", str(text or "")) if item.strip()]
    if len(items) < 5:
        return False
    short = sum(1 for item in items if len(item.split()) <= 2)
    return short / len(items) >= 0.8


def is_stuffed(text: str | None, list_limit: int = 20) -> bool:
    """Tell whether `text` looks stuffed: a word repeated three times or more, or an overlong list."""
    words = [token for token in tokens(text) if len(token) >= 4 and not token.isdigit()]
    if not words:
        return False
    counts = Counter(words)
    if counts.most_common(1)[0][1] >= 3 and repetition_ratio(text) >= 0.3:
        return True
    items = [item for item in re.split(r"[,;\n/|•·]", str(text or "")) if item.strip()]
    return len(items) > list_limit


_EVASIVE_PHRASES = (
    "не знаю", "сложно сказать", "трудно сказать", "потом", "позже", "не хочу", "не скажу",
    "без разницы", "не важно", "неважно", "посмотрим", "на собеседовании", "при встрече",
    "как получится", "какая разница", "зачем вам", "это личное", "обсудим", "договоримся",
    "білмеймін", "кейін", "айтпаймын", "айта алмаймын", "маңызды емес", "көреміз", "бәрібір",
    "кездескенде", "келісеміз", "i don't know", "later", "doesn't matter", "no comment",
)


def sounds_evasive(text: str | None) -> bool:
    """Tell whether `text` dodges the question («не знаю», «потом скажу», «білмеймін»)."""
    normalized = normalize(text)
    return any(phrase in normalized for phrase in _EVASIVE_PHRASES)
