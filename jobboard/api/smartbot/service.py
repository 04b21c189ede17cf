"""SmartBot's dialog workflow: load a dialog's context, run the engine, store the results.

Model calls never run inside a database transaction: the candidate's message
is committed first, the engine is called with no transaction open, and its
answer is stored in a second short transaction. One reply at a time per
session is guaranteed by a PostgreSQL advisory lock held on the request's
connection for the whole exchange.
"""

import logging
from contextlib import contextmanager
from datetime import date, datetime, timezone
from decimal import Decimal

import psycopg2.errors
from flask import current_app

from jobboard.api.smartbot import queries
from jobboard.db import CONNECTION_ERRORS
from jobboard.errors import Conflict, NotFound
from jobboard.services.smartbot import BotTurn, DialogContext, SmartBot

logger = logging.getLogger(__name__)

MONEY_KEYS = ("salary_min", "salary_max", "desired_salary")


def get_smartbot() -> SmartBot:
    return current_app.extensions["smartbot"]


def _with_decimal_money(row: dict | None) -> dict | None:
    """Turn the JSON floats of money columns back into Decimal, as in a plain row."""
    if row is None:
        return None
    return {key: (Decimal(str(value)) if key in MONEY_KEYS and value is not None else value)
            for key, value in row.items()}


def dialog_date(started_at: datetime | None) -> date:
    """Return the date a dialog is judged at: its start in UTC, or today (UTC) for a new one.

    Experience "since 2019" is counted up to this date, so a stored dialog
    replays and rescores to the same values in any later year.
    """
    moment = started_at or datetime.now(timezone.utc)
    return moment.astimezone(timezone.utc).date()


def build_context(conn, application_id: int, *, lang: str, session_id: int | None = None,
                  started_at: datetime | None = None) -> DialogContext:
    """Load what the engine needs for one turn of an application's dialog."""
    sources = queries.get_dialog_sources(conn, application_id)
    if sources is None:
        raise NotFound("Application not found.")
    messages = []
    if session_id is not None:
        messages = [{"role": m["role"], "content": m["content"]} for m in queries.list_messages(conn, session_id)]
    return DialogContext(
        vacancy=_with_decimal_money(sources["vacancy"]),
        resume=_with_decimal_money(sources["resume"]),
        lang=lang,
        messages=messages,
        cover_letter=sources["cover_letter"],
        session_id=session_id,
        as_of=dialog_date(started_at),
    )


def prepare_opening(ctx: DialogContext) -> tuple[str, BotTurn]:
    """Run the engine for a new session: its system note and its greeting turn."""
    bot = get_smartbot()
    return bot.system_note(ctx), bot.open(ctx)


def store_new_session(conn, application_id: int, lang: str, opening: tuple[str, BotTurn]) -> int | None:
    """Insert a session with its opening messages; None when the application already has one."""
    note, turn = opening
    session_id = queries.insert_session(
        conn,
        application_id=application_id,
        lang=lang,
        model=get_smartbot().model,
        relevance_score=turn.relevance_score,
        reasons=turn.reasons,
    )
    if session_id is None:
        return None
    queries.insert_message(conn, session_id, "system", note)
    queries.insert_message(conn, session_id, "assistant", turn.text)
    queries.update_session_score(conn, session_id, relevance_score=turn.relevance_score, reasons=turn.reasons)
    return session_id


def acquire_dialog_lock(conn, session_id: int, *, wait_seconds: int = 0) -> None:
    """Take the session's advisory lock, waiting up to wait_seconds; raise 409 reply_pending otherwise."""
    with conn.cursor() as cur:
        if wait_seconds:
            cur.execute("SELECT set_config('lock_timeout', %(timeout)s, true)", {"timeout": f"{wait_seconds}s"})
            try:
                cur.execute("SELECT pg_advisory_lock(%(key)s)", {"key": session_id})
                locked = True
            except psycopg2.errors.LockNotAvailable:
                locked = False
        else:
            cur.execute("SELECT pg_try_advisory_lock(%(key)s) AS locked", {"key": session_id})
            locked = cur.fetchone()["locked"]
    # The lock belongs to the connection, not the transaction, so it outlives this commit.
    if locked:
        conn.commit()
    else:
        conn.rollback()
        raise Conflict("SmartBot is busy with this dialog (a reply or a language switch); try again in a moment.",
                       code="reply_pending")


def release_dialog_lock(conn, session_id: int) -> None:
    try:
        conn.rollback()
        with conn.cursor() as cur:
            cur.execute("SELECT pg_advisory_unlock(%(key)s)", {"key": session_id})
        conn.commit()
    except CONNECTION_ERRORS:
        # PostgreSQL releases a dead connection's advisory locks itself.
        logger.warning("Could not release the dialog lock of session %s", session_id)


@contextmanager
def exclusive_dialog(conn, session_id: int, *, wait_seconds: int = 0):
    """Hold the session's advisory lock for the duration of the block."""
    acquire_dialog_lock(conn, session_id, wait_seconds=wait_seconds)
    try:
        yield
    finally:
        release_dialog_lock(conn, session_id)


def save_candidate_message(conn, session_id: int, candidate_id: int, text: str) -> tuple[dict, dict]:
    """Commit the candidate's message first, so that no model failure can lose it."""
    with conn:
        session = require_candidate_session(conn, session_id, candidate_id, lock=True)
        if session["is_completed"]:
            raise Conflict("This SmartBot session is completed and accepts no more messages.",
                           code="session_completed")
        message = queries.insert_message(conn, session_id, "candidate", text)
    return session, message


def save_assistant_turn(conn, session_id: int, turn: BotTurn) -> tuple[dict, dict]:
    """Store the assistant's message and the new score; return the message and the session."""
    with conn:
        message = queries.insert_message(conn, session_id, "assistant", turn.text)
        queries.update_session_score(conn, session_id, relevance_score=turn.relevance_score, reasons=turn.reasons)
        session = queries.get_session(conn, session_id)
    return message, session


def require_candidate_session(conn, session_id: int, candidate_id: int, *, lock: bool = False) -> dict:
    """Fetch the caller's own session; 404 when it is missing or belongs to someone else."""
    session = queries.lock_session(conn, session_id) if lock else queries.get_session(conn, session_id)
    if session is None or session["candidate_id"] != candidate_id:
        raise NotFound("SmartBot session not found.")
    return session


def require_visible_session(conn, session_id: int, user: dict) -> dict:
    """Fetch a session the caller may read (candidate or the vacancy's employer); 404 otherwise."""
    session = queries.get_session(conn, session_id)
    if session is None or user["id"] not in (session["candidate_id"], session["employer_id"]):
        raise NotFound("SmartBot session not found.")
    return session


def build_context_for_new(vacancy: dict, resume: dict | None, lang: str, cover_letter: str | None) -> DialogContext:
    """Build the context of a dialog that has no session yet, from the rows at hand."""
    return DialogContext(
        vacancy=dict(vacancy),
        resume=dict(resume) if resume else None,
        lang=lang,
        messages=[],
        cover_letter=cover_letter,
        as_of=dialog_date(None),
    )

