"""Stored dialog transcripts: load one from JSON, replay it through a backend, check its expectations.

A transcript contains the vacancy and resume rows, the session language, the candidate's
turns and the expectations. docs/smartbot.md describes the format; tests/dialogs has the
corpus that `jobboard replay` and the test suite run.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .types import Assessment, DialogContext

HIGH_FACTOR = 70.0  # a factor listed in "high_factors" must score at least this
LOW_FACTOR = 40.0  # a factor listed in "low_factors" must score at most this
_EXPECT_KEYS = {"score", "high_factors", "low_factors", "questions_include", "questions_exclude", "questions",
                "done"}


_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


class TranscriptError(ValueError):
    """A transcript file that cannot be read or does not follow the format."""


@dataclass(frozen=True)
class Transcript:
    path: Path
    name: str
    lang: str
    vacancy: dict
    resume: dict | None
    cover_letter: str | None
    candidate_turns: tuple[str, ...]
    expect: dict
    as_of: date | None = None  # the day open-ended experience is counted to; None means today


@dataclass
class ReplayResult:
    transcript: Transcript
    messages: list = field(default_factory=list)  # [{"role", "content"}] as the routes would store them
    questions: list = field(default_factory=list)  # assistant messages sent before the invitation to complete
    done: bool = False
    assessment: Assessment | None = None
    failures: list = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def find_transcripts(paths: list[str]) -> list[Path]:
    """Return the *.json files named by `paths` (files, or folders searched recursively), sorted."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Regular files only: reading a FIFO or a device named *.json would block the run.
            found.extend(sorted(item for item in path.rglob("*.json") if item.is_file()))
        elif path.is_file():
            found.append(path)
        else:
            raise TranscriptError(f"{raw}: no such file or folder")
    return found


def _require(condition: bool, path: Path, message: str) -> None:
    if not condition:
        raise TranscriptError(f"{path}: {message}")


def load_transcript(path: Path) -> Transcript:
    """Read and validate one transcript file; raise TranscriptError with a one-line message."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise TranscriptError(f"{path}: cannot read the file ({error.strerror})") from None
    except UnicodeDecodeError:
        raise TranscriptError(f"{path}: the file is not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise TranscriptError(f"{path}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except ValueError:
        # json.loads raises a plain ValueError for an integer over the interpreter's digit
        # limit (sys.get_int_max_str_digits(), 4300 by default).
        raise TranscriptError(f"{path}: a number in the file has too many digits to read") from None
    except RecursionError:
        raise TranscriptError(f"{path}: invalid JSON: nested too deeply") from None

    _require(isinstance(data, dict), path, "the top level must be a JSON object")
    lang = data.get("lang", "ru")
    _require(lang in ("ru", "kk"), path, f"'lang' must be \"ru\" or \"kk\", got {lang!r}")
    vacancy = data.get("vacancy")
    _require(isinstance(vacancy, dict) and isinstance(vacancy.get("title"), str), path,
             "'vacancy' must be an object with a 'title' string")
    resume = data.get("resume")
    _require(resume is None or isinstance(resume, dict), path, "'resume' must be an object or null")
    turns = data.get("candidate_turns")
    _require(isinstance(turns, list) and all(isinstance(turn, str) for turn in turns), path,
             "'candidate_turns' must be a list of strings")
    cover_letter = data.get("cover_letter")
    _require(cover_letter is None or isinstance(cover_letter, str), path, "'cover_letter' must be a string or null")
    expect = data.get("expect", {})
    _require(isinstance(expect, dict), path, "'expect' must be an object")
    unknown = set(expect) - _EXPECT_KEYS
    _require(not unknown, path, f"unknown keys in 'expect': {', '.join(sorted(unknown))}")
    for key in ("score", "questions"):
        if key in expect:
            pair = expect[key]
            _require(isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, (int, float)) for v in pair),
                     path, f"'expect.{key}' must be [min, max]")
    for key in ("high_factors", "low_factors", "questions_include", "questions_exclude"):
        if key in expect:
            _require(isinstance(expect[key], list) and all(isinstance(v, str) for v in expect[key]), path,
                     f"'expect.{key}' must be a list of strings")

    _require_valid_unicode(data, path)
    for row_name, row in (("vacancy", vacancy), ("resume", resume)):
        if row is not None:
            _check_row(row, row_name, path)

    as_of = data.get("as_of")
    _require(as_of is None or (isinstance(as_of, str) and _ISO_DATE_RE.fullmatch(as_of) is not None), path,
             f"'as_of' must be a date as \"YYYY-MM-DD\", got {as_of!r}")
    try:
        as_of_date = date.fromisoformat(as_of) if as_of is not None else None
    except ValueError:
        raise TranscriptError(f"{path}: 'as_of' is not a valid date: {as_of!r}") from None

    return Transcript(
        path=path,
        name=str(data.get("name") or path.stem),
        lang=lang,
        vacancy=_with_decimals(vacancy, ("salary_min", "salary_max")),
        resume=_with_decimals(resume, ("desired_salary",)) if resume is not None else None,
        cover_letter=cover_letter,
        candidate_turns=tuple(turns),
        expect=expect,
        as_of=as_of_date,
    )


def _require_valid_unicode(data, path: Path) -> None:
    """Reject text with a lone surrogate («\\ud800» in JSON): it is not Unicode, and no database row contains one."""
    pending = [(data, "")]
    while pending:
        value, where = pending.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                place = f"'{where}'" if where else "the top level"
                raise TranscriptError(f"{path}: {place} contains a lone surrogate, which is not valid Unicode text") \
                    from None
        elif isinstance(value, dict):
            for key, item in value.items():
                name = key.encode("utf-8", "backslashreplace").decode("utf-8")
                label = f"{where}.{name}" if where else name
                pending.append((key, f"{label} (the key)"))
                pending.append((item, label))
        elif isinstance(value, list):
            pending.extend((item, f"{where}[{position}]") for position, item in enumerate(value))


# The columns the engine reads, with the types the database gives them. Money is NUMERIC(12,2)
# in the schema, so an amount must be a number below 10^10.
_TEXT_FIELDS = {
    "vacancy": ("title", "description", "requirements", "location", "employment_type", "experience_level",
                "salary_currency"),
    "resume": ("title", "summary", "experience", "education", "skills", "languages", "desired_position", "location"),
}
_MONEY_FIELDS = {"vacancy": ("salary_min", "salary_max"), "resume": ("desired_salary",)}
_MAX_MONEY = Decimal("1e10")


def _check_row(row: dict, row_name: str, path: Path) -> None:
    """Check that the fields of a vacancy or resume row have the types of the database columns."""
    for name in _TEXT_FIELDS[row_name]:
        value = row.get(name)
        _require(value is None or isinstance(value, str), path,
                 f"'{row_name}.{name}' must be a string or null, got {_json_type(value)}")
    for name in _MONEY_FIELDS[row_name]:
        value = row.get(name)
        if value is None:
            continue
        _require(isinstance(value, (int, float)) and not isinstance(value, bool), path,
                 f"'{row_name}.{name}' must be a number or null, got {_json_type(value)}")
        amount = _finite_decimal(value)
        _require(amount is not None and 0 <= amount < _MAX_MONEY, path,
                 f"'{row_name}.{name}' must be from 0 to 9999999999.99, got {_short_repr(value)}")
    if row_name == "vacancy":
        remote = row.get("remote_work")
        _require(remote is None or isinstance(remote, bool), path,
                 f"'vacancy.remote_work' must be true, false or null, got {_json_type(remote)}")


def _finite_decimal(value: int | float) -> Decimal | None:
    try:
        amount = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    except (InvalidOperation, ValueError):
        return None
    return amount if amount.is_finite() else None


def _json_type(value) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _short_repr(value) -> str:
    """Return `value` for an error line, cut so that a 400-digit number stays one readable line."""
    text = str(value)
    return text if len(text) <= 24 else f"{text[:20]}... ({len(text)} characters)"


def _with_decimals(row: dict, money_fields: tuple[str, ...]) -> dict:
    """Return `row` with its money fields as Decimal, the type the database rows carry."""
    result = dict(row)
    for name in money_fields:
        if result.get(name) is not None:
            result[name] = Decimal(str(result[name]))
    return result


def replay_transcript(transcript: Transcript, bot) -> ReplayResult:
    """Run the dialog as the routes do: system note, greeting, then one reply per candidate turn."""
    result = ReplayResult(transcript)

    def context() -> DialogContext:
        return DialogContext(transcript.vacancy, transcript.resume, transcript.lang, list(result.messages),
                             transcript.cover_letter, as_of=transcript.as_of)

    result.messages.append({"role": "system", "content": bot.system_note(context())})
    turn = bot.open(context())
    result.messages.append({"role": "assistant", "content": turn.text})
    if not turn.interview_done:
        result.questions.append(turn.text)
    for text in transcript.candidate_turns:
        result.messages.append({"role": "candidate", "content": text})
        turn = bot.reply(context())
        result.messages.append({"role": "assistant", "content": turn.text})
        if not turn.interview_done:
            result.questions.append(turn.text)
    result.done = turn.interview_done
    result.assessment = bot.complete(context())
    result.failures = check_expectations(transcript.expect, result)
    return result


def check_expectations(expect: dict, result: ReplayResult) -> list[str]:
    """Return one line per unmet expectation (empty when all are met)."""
    failures = []
    assessment = result.assessment
    score = float(assessment.relevance_score)
    if "score" in expect:
        low, high = expect["score"]
        if not low <= score <= high:
            failures.append(f"score {score:.2f} is outside [{low}, {high}]")
    for key in expect.get("high_factors", []):
        factor = assessment.reasons.get(key)
        if factor is None:
            failures.append(f"factor '{key}' is missing, expected >= {HIGH_FACTOR:g}")
        elif factor["score"] < HIGH_FACTOR:
            failures.append(f"factor '{key}' scored {factor['score']:g}, expected >= {HIGH_FACTOR:g}")
    for key in expect.get("low_factors", []):
        factor = assessment.reasons.get(key)
        if factor is None:
            failures.append(f"factor '{key}' is missing, expected <= {LOW_FACTOR:g}")
        elif factor["score"] > LOW_FACTOR:
            failures.append(f"factor '{key}' scored {factor['score']:g}, expected <= {LOW_FACTOR:g}")
    asked = "\n".join(result.questions).lower()
    for word in expect.get("questions_include", []):
        if word.lower() not in asked:
            failures.append(f"no question mentions {word!r}")
    for word in expect.get("questions_exclude", []):
        if word.lower() in asked:
            failures.append(f"a question mentions {word!r}, which it must not")
    if "questions" in expect:
        low, high = expect["questions"]
        if not low <= len(result.questions) <= high:
            failures.append(f"{len(result.questions)} questions asked, expected {low} to {high}")
    if "done" in expect and bool(expect["done"]) != result.done:
        failures.append("the bot did not invite completion" if expect["done"] else "the bot invited completion early")
    return failures
