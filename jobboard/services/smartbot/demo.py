"""The rule-based backend: no network and no randomness.

Questions and scores are a function of the DialogContext alone; the clock is read only
when the context has no `as_of` date.
"""

import re
from typing import Iterator

from . import dialog
from .analysis import analyze
from .types import Assessment, BotTurn, DialogContext


class DemoSmartBot:
    """SmartBot without a language model; the LLM backend falls back to it."""

    mode = "demo"

    def __init__(self, model: str = "gpt-4o-mini"):
        self.model = model

    def system_note(self, ctx: DialogContext) -> str:
        return dialog.system_note(analyze(ctx), ctx.lang)

    def open(self, ctx: DialogContext) -> BotTurn:
        analysis = analyze(ctx)
        value, reasons, _ = dialog.score(analysis, ctx.lang)
        return BotTurn(dialog.opening(analysis, ctx.lang), value, reasons, analysis.progress.done)

    def reply(self, ctx: DialogContext) -> BotTurn:
        analysis = analyze(ctx)
        value, reasons, _ = dialog.score(analysis, ctx.lang)
        return BotTurn(dialog.next_message(analysis, ctx.lang), value, reasons, analysis.progress.done)

    def stream_reply(self, ctx: DialogContext) -> Iterator[str | BotTurn]:
        turn = self.reply(ctx)
        yield from split_chunks(turn.text)
        yield turn

    def repeat_question(self, ctx: DialogContext) -> str | None:
        if not any(message.get("role") == "assistant" for message in ctx.messages):
            return None  # nothing has been asked yet
        return dialog.repeat_question(analyze(ctx), ctx.lang)

    def complete(self, ctx: DialogContext) -> Assessment:
        return self.assess(ctx)

    def assess(self, ctx: DialogContext, *, final: bool = True) -> Assessment:
        analysis = analyze(ctx)
        value, reasons, factors = dialog.score(analysis, ctx.lang, final=final)
        return Assessment(value, reasons, dialog.summary(analysis, factors, value, ctx.lang))


def split_chunks(text: str) -> list[str]:
    """Split `text` into word-sized chunks that join back to exactly `text`."""
    return [chunk for chunk in re.findall(r"\S+\s*|\s+", text) if chunk]
