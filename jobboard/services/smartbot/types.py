"""The values SmartBot takes and returns, and the interface both backends implement."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterator, Mapping, Protocol, Sequence, runtime_checkable


@dataclass(frozen=True)
class DialogContext:
    """Everything a backend needs for one turn; the engine keeps no state between calls.

    `vacancy` is a jobs row and `resume` a resumes row (or None), both as dicts.
    `messages` are the stored messages, oldest first, each {"role", "content"} with role
    system, assistant or candidate; for reply() the newest candidate message is last.
    `as_of` is the day open-ended experience («с 2019 года по настоящее время») is counted
    to, and None means today. The routes pass the day the session started, so a stored
    dialog replays the same in any year.
    """

    vacancy: Mapping
    resume: Mapping | None
    lang: str
    messages: Sequence[Mapping]
    cover_letter: str | None = None
    session_id: int | None = None  # only for log lines
    as_of: date | None = None


@dataclass(frozen=True)
class BotTurn:
    """One assistant message with the score after it."""

    text: str
    relevance_score: Decimal  # 0..100, two decimals
    reasons: dict  # {factor_key: {"score": float, "weight": float, "reason": str}}
    interview_done: bool  # the bot has asked everything and invites completion


@dataclass(frozen=True)
class Assessment:
    """The final verdict stored on completion."""

    relevance_score: Decimal
    reasons: dict
    summary_text: str  # strengths, gaps and a recommendation, in the session's language


@runtime_checkable
class SmartBot(Protocol):
    """A SmartBot backend: "demo" (rule-based, deterministic) or "llm" (chat completions)."""

    mode: str
    model: str  # the value to store in ai_chat_sessions.model, in both modes

    def system_note(self, ctx: DialogContext) -> str:
        """Return the short system line stored first in a new session, in ctx.lang."""

    def open(self, ctx: DialogContext) -> BotTurn:
        """Return the greeting and the first clarifying question."""

    def reply(self, ctx: DialogContext) -> BotTurn:
        """Return the next question or the invitation to complete; never raises on upstream failure."""

    def stream_reply(self, ctx: DialogContext) -> Iterator[str | BotTurn]:
        """Yield text chunks, then exactly one BotTurn whose text is the whole message to store."""

    def repeat_question(self, ctx: DialogContext) -> str | None:
        """Return the question still waiting for an answer, asked again in ctx.lang after a language switch.

        The text starts with a line that the dialog continues in ctx.lang. Both backends use
        the demo wording and make no network call. None when nothing has been asked yet or
        the plan is done (the invitation to complete is due or was sent).
        """

    def complete(self, ctx: DialogContext) -> Assessment:
        """Return the final score, reasons and summary."""

    def assess(self, ctx: DialogContext, *, final: bool = True) -> Assessment:
        """Return the factor model's score, reasons and summary without any network call.

        With `final` (for a completed session), questions never reached count as unanswered,
        as on complete(). Without it (for a dialog in progress), the score and reasons are
        exactly those that the last open() or reply() returned for the same messages.
        """
