"""SmartBot: the dialog of an application, its messages, replies and completion."""

import logging

from flask import request
from flask.views import MethodView
from flask_jwt_extended import current_user
from flask_smorest import Blueprint

from jobboard.api.applications.queries import get_application
from jobboard.api.smartbot import queries, service
from jobboard.api.smartbot.schemas import (
    MessagePageArgsSchema,
    MessageSchema,
    SendResultSchema,
    SendSchema,
    SessionLangSchema,
    SessionQueryArgsSchema,
    SessionSchema,
)
from jobboard.api.smartbot.streaming import stream_reply
from jobboard.db import get_db
from jobboard.errors import Conflict, NotFound
from jobboard.limiter import limiter, smartbot_send_limit, succeeded
from jobboard.schemas import list_schema, offset_of, page_of
from jobboard.security import login_required, role_required

logger = logging.getLogger(__name__)

blp = Blueprint("smartbot", __name__, description="SmartBot dialogs")

AUTH_DOC = {"security": [{"bearerAuth": []}]}

# How long completion waits for a reply in progress (which may be a model call with retries).
COMPLETE_WAIT_SECONDS = 60


def completed_conflict() -> Conflict:
    return Conflict("This SmartBot session is completed and accepts no more messages.", code="session_completed")


@blp.route("/smartbot/session/<int:application_id>")
class SessionByApplication(MethodView):
    # Each language switch stores a repeated question, so switches share the send budget's rate.
    decorators = [limiter.limit(smartbot_send_limit, methods=["PATCH"], deduct_when=succeeded)]
    @login_required
    @blp.arguments(SessionQueryArgsSchema, location="query")
    @blp.response(200, SessionSchema)
    @blp.doc(**AUTH_DOC)
    def get(self, args, application_id):
        """Return the application's session; the candidate's first call creates it with its greeting."""
        conn = get_db()
        with conn:
            application = get_application(conn, application_id)
            if application is None or current_user["id"] not in (application["user_id"], application["employer_id"]):
                raise NotFound("Application not found.")
            session = queries.get_session_by_application(conn, application_id)
        if session is not None:
            return session
        if current_user["id"] != application["user_id"]:
            raise NotFound("The candidate has not started a SmartBot dialog yet.")

        # The engine runs outside any transaction; if a concurrent call wins
        # the insert, this call's opening is discarded and the winner's returned.
        ctx = service.build_context(conn, application_id, lang=args["lang"])
        conn.rollback()
        opening = service.prepare_opening(ctx)
        with conn:
            session_id = service.store_new_session(conn, application_id, args["lang"], opening)
            session = queries.get_session_by_application(conn, application_id)
        if session_id is not None:
            logger.info("SmartBot session %s started for application %s", session_id, application_id)
        return session

    @role_required("job_seeker")
    @blp.arguments(SessionLangSchema)
    @blp.response(200, SessionSchema)
    @blp.doc(**AUTH_DOC)
    def patch(self, data, application_id):
        """Switch the language the dialog continues in (the chat's RU/KK switch).

        When the language changes, SmartBot asks its pending question again in the new one.
        """
        conn = get_db()
        with conn:
            session = queries.get_session_by_application(conn, application_id)
        if session is None or session["candidate_id"] != current_user["id"]:
            raise NotFound("SmartBot session not found.")

        session_id = session["id"]
        # The lock keeps the repeated question from landing in the middle of a reply being written.
        with service.exclusive_dialog(conn, session_id, wait_seconds=COMPLETE_WAIT_SECONDS):
            with conn:
                session = service.require_candidate_session(conn, session_id, current_user["id"], lock=True)
                if session["is_completed"]:
                    raise completed_conflict()
                if session["lang"] != data["lang"]:
                    queries.update_session_lang(conn, session_id, data["lang"])
                    ctx = service.build_context(conn, session["application_id"], lang=data["lang"],
                                                session_id=session_id, started_at=session["started_at"])
                    repeated = service.get_smartbot().repeat_question(ctx)
                    if repeated:
                        queries.insert_message(conn, session_id, "assistant", repeated)
                session = queries.get_session(conn, session_id)
        return session


@blp.route("/smartbot/messages/<int:session_id>")
class Messages(MethodView):
    @login_required
    @blp.arguments(MessagePageArgsSchema, location="query")
    @blp.response(200, list_schema(MessageSchema))
    @blp.doc(**AUTH_DOC)
    def get(self, args, session_id):
        """List a session's messages, oldest first (the candidate's, or the vacancy employer's read-only view)."""
        with get_db() as conn:
            service.require_visible_session(conn, session_id, current_user)
            total = queries.count_messages(conn, session_id)
            items = queries.list_messages(conn, session_id, limit=args["per_page"], offset=offset_of(args))
        return page_of(items, total, args)


@blp.route("/smartbot/send")
class Send(MethodView):
    decorators = [limiter.limit(smartbot_send_limit, methods=["POST"], deduct_when=succeeded)]

    @role_required("job_seeker")
    @blp.arguments(SendSchema)
    @blp.response(200, SendResultSchema)
    @blp.alt_response(409, description="The session is completed (session_completed) or a reply is still pending (reply_pending).")
    @blp.doc(**AUTH_DOC)
    def post(self, data):
        """Store the candidate's message and return SmartBot's reply (as server-sent events with Accept: text/event-stream)."""
        session_id = data["session_id"]
        conn = get_db()
        with conn:
            service.require_candidate_session(conn, session_id, current_user["id"])
        service.acquire_dialog_lock(conn, session_id)
        try:
            session, candidate_message = service.save_candidate_message(
                conn, session_id, current_user["id"], data["user_text"]
            )
            ctx = service.build_context(conn, session["application_id"], lang=session["lang"], session_id=session_id,
                                        started_at=session["started_at"])
            conn.rollback()
        except BaseException:
            service.release_dialog_lock(conn, session_id)
            raise

        bot = service.get_smartbot()
        if wants_event_stream():
            return stream_reply(bot, ctx, candidate_message,
                                release_lock=lambda stream_conn: service.release_dialog_lock(stream_conn, session_id))
        try:
            turn = bot.reply(ctx)
            assistant_message, session = service.save_assistant_turn(conn, session_id, turn)
        finally:
            service.release_dialog_lock(conn, session_id)
        return {"candidate_message": candidate_message, "assistant_message": assistant_message, "session": session}


def wants_event_stream() -> bool:
    return request.accept_mimetypes.best_match(["application/json", "text/event-stream"]) == "text/event-stream" \
        and request.accept_mimetypes["text/event-stream"] > request.accept_mimetypes["application/json"]


@blp.route("/smartbot/complete/<int:session_id>")
class Complete(MethodView):
    @role_required("job_seeker")
    @blp.response(200, SessionSchema)
    @blp.doc(**AUTH_DOC)
    def post(self, session_id):
        """Finish the dialog: store the summary and the final score; calling it again changes nothing."""
        conn = get_db()
        with conn:
            session = service.require_candidate_session(conn, session_id, current_user["id"])
        if session["is_completed"]:
            return session

        # A double click on «Завершить» waits for the first call and returns its result.
        with service.exclusive_dialog(conn, session_id, wait_seconds=COMPLETE_WAIT_SECONDS):
            with conn:
                session = service.require_candidate_session(conn, session_id, current_user["id"])
                if session["is_completed"]:
                    return session
                ctx = service.build_context(conn, session["application_id"], lang=session["lang"],
                                            session_id=session_id, started_at=session["started_at"])
            assessment = service.get_smartbot().complete(ctx)
            with conn:
                session = service.require_candidate_session(conn, session_id, current_user["id"], lock=True)
                if not session["is_completed"]:
                    queries.complete_session(
                        conn, session_id, relevance_score=assessment.relevance_score,
                        reasons=assessment.reasons, summary_text=assessment.summary_text,
                    )
                    logger.info("SmartBot session %s completed with score %s", session_id, assessment.relevance_score)
                session = queries.get_session(conn, session_id)
        return session
