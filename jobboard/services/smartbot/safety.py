"""Defences against gaming the score: instructions in candidate text, keyword stuffing, evasion."""

import re
from collections import Counter

from .text import normalize, sentences, tokens

# A sentence is an injection when it addresses the bot's rules, or when it asks for a
# high score: a score word, a "maximum" word and a request word together. Plain boasts
# such as «выполнил план на 100%» have no request word and stay.
_INSTRUCTION_RE = re.compile(
    r"ignore\b.*\b(instruction|rule|prompt)|disregard\b.*\b(instruction|rule|prompt)"
    r"|(system|developer)\s+(prompt|message)|you are now|\bact as\b"
    r"|игнорир\w*|забудь\w*.*(инструкц|правил|промпт)|(предыдущ|прошл)\w* (инструкц|указан)"
    r"|системн\w* (промпт|сообщен|инструкц)|ты теперь|\bпоставь(те)?\b|\bоцени(те)?\b"
    r"|нұсқау\w*.*(елеме|ұмыт)|(елеме|ұмыт)\w*.*нұсқау"
)
_SCORE_WORD_RE = re.compile(r"балл|оценк|рейтинг|релевантн|процент|%|score|rating|ұпай|баға|бағала|пайыз")
_HIGH_WORD_RE = re.compile(r"\b100\b|максим|высш|highest|\bmax|perfect|ең жоғары|толық")
_REQUEST_WORD_RE = re.compile(
    r"\b(мне|меня|дай(те)?|сделай(те)?|нужно|give|set|make|me|my|маған|мені|қой(ыңыз)?|бер(іңіз)?|жаса)\b"
)


def is_injection(sentence: str) -> bool:
    text = normalize(sentence)
    if _INSTRUCTION_RE.search(text):
        return True
    return bool(_SCORE_WORD_RE.search(text) and _HIGH_WORD_RE.search(text) and _REQUEST_WORD_RE.search(text))


def strip_injections(text: str | None) -> tuple[str, bool]:
    """Drop the sentences of `text` that try to instruct the bot.

    Returns the remaining text and whether anything was dropped. The rest of the text is
    scored as usual, so an injection neither helps nor hurts the candidate.
    """
    kept, dropped = [], False
    for sentence in sentences(text):
        if is_injection(sentence):
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
