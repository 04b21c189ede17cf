"""The server-sent-events variant of POST /smartbot/send."""

import json
import logging

from flask import Response, stream_with_context

from jobboard.api.smartbot.schemas import MessageSchema, SendResultSchema
from jobboard.api.smartbot.service import save_assistant_turn
from jobboard.db import CONNECTION_ERRORS, detach_request_connection, get_database
from jobboard.services.smartbot import BotTurn, DialogContext

logger = logging.getLogger(__name__)


def sse_event(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def stream_reply(bot, ctx: DialogContext, candidate_message: dict, release_lock) -> Response:
    """Stream the assistant's reply; the whole message is stored once, even if the client leaves."""
    session_id = ctx.session_id
    # Teardown may run before the body is sent, so the stream owns the
    # request's connection from here on and returns it to the pool itself.
    database = get_database()
    conn = detach_request_connection()
    chunks = bot.stream_reply(ctx)

    def finish_turn(final: BotTurn | None) -> BotTurn:
        # Drain what the engine has left; the last item is always the BotTurn.
        for item in chunks:
            if isinstance(item, BotTurn):
                final = item
        return final

    def generate():
        nonlocal conn
        final = None
        delivered = False
        try:
            yield sse_event("candidate", MessageSchema().dump(candidate_message))
            for item in chunks:
                if isinstance(item, BotTurn):
                    final = item
                    break
                yield sse_event("delta", {"text": item})
            final = finish_turn(final)
            assistant_message, session = save_assistant_turn(conn, session_id, final)
            delivered = True
            yield sse_event("done", SendResultSchema().dump(
                {"candidate_message": candidate_message, "assistant_message": assistant_message, "session": session}
            ))
        except GeneratorExit:
            if not delivered:
                logger.info("Client left the stream of session %s; storing the reply anyway", session_id)
                save_assistant_turn(conn, session_id, finish_turn(final))
            raise
        except CONNECTION_ERRORS as exc:
            logger.warning("Database lost while streaming session %s: %s", session_id, exc)
            database.release(conn, broken=True)
            conn = None
            yield sse_event("error", {"error": {
                "code": "database_unavailable", "message": "The database is unavailable, try again shortly."}})
        except Exception:
            logger.exception("Streaming reply failed for session %s", session_id)
            yield sse_event("error", {"error": {
                "code": "internal_error", "message": "The reply could not be completed; reload the dialog."}})
        finally:
            if conn is not None:
                release_lock(conn)
                database.release(conn)

    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return Response(stream_with_context(generate()), mimetype="text/event-stream", headers=headers)
