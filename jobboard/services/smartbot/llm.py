"""The LLM backend: questions and summary from an OpenAI-compatible chat completions server.

The plan, the follow-up rule and the running score come from the same engine as demo
mode. The model only words the next question and gives a second opinion on completion.
Every upstream failure (timeout, 429, 5xx, a dropped stream, malformed output) ends in
the demo text for the same step, so the candidate always gets an answer.
"""

import logging
import re
import time
from typing import Callable, Iterator

import openai

from . import dialog, prompts
from .analysis import Analysis, analyze
from .blend import blend, extract_json, validate
from .demo import DemoSmartBot, split_chunks
from .plan import Step
from .safety import strip_injections
from .templates import format_percent, texts
from .text import cyrillic_share, strip_invisible
from .types import Assessment, BotTurn, DialogContext

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 1200
MAX_TRANSCRIPT_MESSAGES = 30
MAX_CONTENT_CHARS = 2000


class LlmSmartBot:
    """SmartBot backed by `openai.OpenAI(...).chat.completions`, with its own bounded retries."""

    mode = "llm"

    def __init__(self, api_key: str, base_url: str | None, model: str, timeout_seconds: float = 20.0,
                 max_retries: int = 2, *, backoff_seconds: float = 0.5, max_backoff_seconds: float = 8.0,
                 sleep: Callable[[float], None] = time.sleep):
        self.model = model
        self.max_retries = max(0, int(max_retries))
        self.backoff_seconds = backoff_seconds
        self.max_backoff_seconds = max_backoff_seconds
        self._sleep = sleep
        # The SDK's own retries are off so that this class alone decides what is retried.
        self._client = openai.OpenAI(api_key=api_key, base_url=base_url, timeout=timeout_seconds, max_retries=0)
        self._demo = DemoSmartBot(model=model)

    # --- the SmartBot interface ----------------------------------------------------------

    def system_note(self, ctx: DialogContext) -> str:
        return self._demo.system_note(ctx)

    def open(self, ctx: DialogContext) -> BotTurn:
        analysis = analyze(ctx)
        fallback = dialog.opening(analysis, ctx.lang)
        step = analysis.progress.current
        text = fallback
        if step is not None:
            text = self._write(ctx, analysis, "open", step, dialog.question(step, analysis, ctx.lang), fallback)
        return self._turn(analysis, ctx.lang, text)

    def reply(self, ctx: DialogContext) -> BotTurn:
        analysis = analyze(ctx)
        fallback = dialog.next_message(analysis, ctx.lang)
        task = _task(analysis, ctx.lang)
        text = fallback
        if task is not None:
            action, step, reference = task
            text = self._write(ctx, analysis, action, step, reference, fallback)
        return self._turn(analysis, ctx.lang, text)

    def stream_reply(self, ctx: DialogContext) -> Iterator[str | BotTurn]:
        analysis = analyze(ctx)
        fallback = dialog.next_message(analysis, ctx.lang)
        task = _task(analysis, ctx.lang)
        if task is None:
            yield from split_chunks(fallback)
            yield self._turn(analysis, ctx.lang, fallback)
            return

        action, step, reference = task
        messages = self._interviewer_messages(ctx, action, step, reference)
        text = None
        try:
            stream = self._with_retries(ctx, lambda: self._client.chat.completions.create(
                model=self.model, messages=messages, temperature=0.3, max_tokens=300, stream=True))
            parts = []
            for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    parts.append(delta)
                    yield delta
            text = clean_message("".join(parts), ctx.lang)
            if text is None:
                log.warning("SmartBot LLM stream for session %s gave an unusable message (prompt %s); "
                            "using the demo text", ctx.session_id, prompts.PROMPT_VERSION)
        except Exception as error:  # noqa: BLE001 - any upstream or parsing failure means the demo text
            self._log_failure(ctx, "stream", error)
        yield self._turn(analysis, ctx.lang, text or fallback)

    def repeat_question(self, ctx: DialogContext) -> str | None:
        # The demo wording: the question was already asked once, so a model call would only add delay.
        return self._demo.repeat_question(ctx)

    def complete(self, ctx: DialogContext) -> Assessment:
        base = self._demo.assess(ctx)
        analysis = analyze(ctx)
        model = self._model_assessment(ctx, analysis, base)
        if model is None:
            return base
        table = texts(ctx.lang)
        reason = model.reason if model.reason and cyrillic_share(model.reason)[0] >= 0.5 else table["r_llm_default"]
        value, reasons = blend(base.relevance_score, base.reasons, model, reason)
        if model.summary:
            summary = table["summary_llm"].format(
                title=analysis.vacancy.title, score=format_percent(value), text=model.summary,
                recommendation=table[dialog.recommendation_key(value)])
        else:
            factors = dialog.score(analysis, ctx.lang, final=True)[2]
            summary = dialog.summary(analysis, factors, value, ctx.lang)
        return Assessment(value, reasons, summary)

    def assess(self, ctx: DialogContext, *, final: bool = True) -> Assessment:
        # During the dialog the LLM backend scores with the factor model alone (see _turn).
        return self._demo.assess(ctx, final=final)

    # --- model calls ---------------------------------------------------------------------

    def _turn(self, analysis: Analysis, lang: str, text: str) -> BotTurn:
        value, reasons, _ = dialog.score(analysis, lang)
        return BotTurn(text, value, reasons, analysis.progress.done)

    def _interviewer_messages(self, ctx: DialogContext, action: str, step: Step, reference: str) -> list[dict]:
        task = {"action": action, "topic": step.topic, "reference_question": reference}
        data = prompts.data_block(ctx.vacancy or {}, ctx.resume, _clean(ctx.cover_letter), transcript(ctx), {"task": task})
        return prompts.INTERVIEWER.messages(ctx.lang, data)

    def _write(self, ctx: DialogContext, analysis: Analysis, action: str, step: Step, reference: str,
               fallback: str) -> str:
        messages = self._interviewer_messages(ctx, action, step, reference)
        try:
            response = self._with_retries(ctx, lambda: self._client.chat.completions.create(
                model=self.model, messages=messages, temperature=0.3, max_tokens=300))
        except Exception as error:  # noqa: BLE001 - any upstream failure means the demo text
            self._log_failure(ctx, action, error)
            return fallback
        content = response.choices[0].message.content if response.choices else None
        text = clean_message(content, ctx.lang)
        if text is None:
            log.warning("SmartBot LLM reply for session %s was empty or unusable (prompt %s); using the demo text",
                        ctx.session_id, prompts.PROMPT_VERSION)
            return fallback
        return text

    def _model_assessment(self, ctx: DialogContext, analysis: Analysis, base: Assessment):
        facts = {key: {"score": value["score"], "reason": value["reason"]} for key, value in base.reasons.items()}
        data = prompts.data_block(ctx.vacancy or {}, ctx.resume, _clean(ctx.cover_letter), transcript(ctx),
                                  {"factor_model": facts})
        messages = prompts.ASSESSOR.messages(ctx.lang, data)
        formats = [
            {"type": "json_schema", "json_schema": {"name": "candidate_assessment", "strict": True,
                                                    "schema": prompts.ASSESSMENT_SCHEMA}},
            {"type": "json_object"},
            None,
        ]
        for response_format in formats:
            extra = {"response_format": response_format} if response_format else {}
            try:
                response = self._with_retries(ctx, lambda: self._client.chat.completions.create(
                    model=self.model, messages=messages, temperature=0, max_tokens=800, **extra))
            except (openai.BadRequestError, openai.UnprocessableEntityError) as error:
                # The server does not support this response_format: try the next, looser one.
                log.info("SmartBot LLM server rejected response_format %s for session %s (%s)",
                         (response_format or {}).get("type", "none"), ctx.session_id, _describe(error))
                continue
            except Exception as error:  # noqa: BLE001 - any other failure means the factor model alone
                self._log_failure(ctx, "assessment", error)
                return None
            content = response.choices[0].message.content if response.choices else None
            model = validate(extract_json(content), ctx.lang)
            if model is None:
                log.warning("SmartBot LLM assessment for session %s was not valid JSON with a score (prompt %s); "
                            "using the factor model alone", ctx.session_id, prompts.PROMPT_VERSION)
            return model
        return None

    def _with_retries(self, ctx: DialogContext, call: Callable):
        """Run `call`, retrying 429, 5xx and connection errors with backoff; timeouts are not retried.

        A timeout already cost the full timeout, so retrying it would keep the candidate
        waiting several times as long before the fallback answer.
        """
        for attempt in range(self.max_retries + 1):
            try:
                return call()
            except openai.APITimeoutError:
                raise
            except (openai.RateLimitError, openai.InternalServerError, openai.APIConnectionError) as error:
                if attempt >= self.max_retries:
                    raise
                delay = self._delay(error, attempt)
                log.warning("SmartBot LLM call for session %s failed with %s (attempt %d of %d); retrying in %.1f s",
                            ctx.session_id, _describe(error), attempt + 1, self.max_retries + 1, delay)
                self._sleep(delay)
        raise AssertionError("unreachable: the loop returns or raises")

    def _delay(self, error: Exception, attempt: int) -> float:
        """Return the wait before the next attempt: Retry-After when the server sent one, else exponential."""
        retry_after = _retry_after_seconds(error)
        delay = retry_after if retry_after is not None else self.backoff_seconds * (2 ** attempt)
        return max(0.0, min(delay, self.max_backoff_seconds))

    def _log_failure(self, ctx: DialogContext, action: str, error: Exception) -> None:
        log.error("SmartBot LLM %s call failed for session %s: %s; using the demo fallback",
                  action, ctx.session_id, _describe(error))


def _task(analysis: Analysis, lang: str) -> tuple[str, Step, str] | None:
    """Return (action, step, reference question) for the model, or None when a fixed text is due."""
    progress = analysis.progress
    if progress.done or progress.done_before_last:
        return None
    step = progress.current
    if progress.follow_up:
        return "follow_up", step, dialog.follow_up(step, analysis, lang)
    return "ack_and_ask", step, dialog.question(step, analysis, lang)


def _clean(text: str | None) -> str:
    cleaned, _ = strip_injections(strip_invisible(text))
    return cleaned[:MAX_CONTENT_CHARS]


def transcript(ctx: DialogContext) -> list[dict]:
    """Return the dialog for the prompt's data block, with injected instructions removed."""
    result = []
    for message in list(ctx.messages)[-MAX_TRANSCRIPT_MESSAGES:]:
        role = message.get("role")
        if role not in ("assistant", "candidate"):
            continue
        content = str(message.get("content") or "")
        result.append({"role": role, "content": _clean(content) if role == "candidate" else content[:MAX_CONTENT_CHARS]})
    return result


_PERCENT_RE = re.compile(r"\d+\s*(%|процент|пайыз|балл|ұпай)")


def clean_message(content, lang: str) -> str | None:
    """Return the model's message ready to store, or None when it must not be shown.

    Rejected: no text, over MAX_MESSAGE_CHARS, not mostly Cyrillic (the session is Russian
    or Kazakh), JSON instead of prose, or a score told to the candidate.
    """
    if not isinstance(content, str):
        return None
    text = content.strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].strip()
    if len(text) < 2 or len(text) > MAX_MESSAGE_CHARS:
        return None
    if text.startswith("{") or cyrillic_share(text)[0] < 0.5 or _PERCENT_RE.search(text.lower()):
        return None
    return text


def _retry_after_seconds(error: Exception) -> float | None:
    response = getattr(error, "response", None)
    if response is None:
        return None
    value = response.headers.get("retry-after")
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None  # an HTTP date: fall back to exponential backoff


def _describe(error: Exception) -> str:
    """Return the error's type and HTTP status; the message is left out because it may echo the key."""
    status = getattr(error, "status_code", None)
    return f"{type(error).__name__} (HTTP {status})" if status else type(error).__name__
