"""Applications: applying (with the SmartBot session), both sides' lists, and status changes."""

import logging

from flask.views import MethodView
from flask_jwt_extended import current_user
from flask_smorest import Blueprint

from jobboard.api.applications import queries
from jobboard.api.applications.schemas import (
    STATUS_TRANSITIONS,
    ApplicationCreateSchema,
    ApplicationQueryArgsSchema,
    ApplicationSchema,
    ApplicationStatusSchema,
    EmployerApplicationQueryArgsSchema,
)
from jobboard.api.jobs.queries import get_job, lock_job
from jobboard.api.resumes.queries import get_resume, lock_resume_of_user
from jobboard.api.smartbot import service as smartbot
from jobboard.db import get_db
from jobboard.errors import Conflict, Forbidden, NotFound, ValidationFailed
from jobboard.schemas import list_schema, offset_of, page_of
from jobboard.security import login_required, role_required

logger = logging.getLogger(__name__)

blp = Blueprint("applications", __name__, description="Job applications")

AUTH_DOC = {"security": [{"bearerAuth": []}]}


def application_page(owner_condition: str, args: dict, *, order: str) -> dict:
    """Fetch one page of the applications the caller's side may see."""
    params = {**args, "user_id": current_user["id"], "limit": args["per_page"], "offset": offset_of(args)}
    with get_db() as conn:
        total = queries.count_applications(conn, owner_condition, params)
        items = queries.list_applications(conn, owner_condition, params, order=order)
    return page_of(items, total, args)


def already_applied() -> Conflict:
    return Conflict("You have already applied to this vacancy.", code="already_applied")


def archived_job() -> Conflict:
    return Conflict("This vacancy is archived and no longer accepts applications.", code="job_archived")


def resume_not_found() -> ValidationFailed:
    return ValidationFailed("Invalid request body.", fields={"resume_id": ["Resume not found among your resumes."]})


@blp.route("/applications")
class Applications(MethodView):
    @role_required("job_seeker")
    @blp.arguments(ApplicationCreateSchema)
    @blp.response(201, ApplicationSchema)
    @blp.alt_response(409, description="Already applied (already_applied) or the vacancy is archived (job_archived).")
    @blp.doc(**AUTH_DOC)
    def post(self, data):
        """Apply to a vacancy; the application and its SmartBot session are created together."""
        user_id = current_user["id"]
        conn = get_db()
        with conn:
            job = get_job(conn, data["job_id"])
            if job is None:
                raise NotFound("Vacancy not found.")
            if not job["is_active"]:
                raise archived_job()
            resume = get_resume(conn, data["resume_id"]) if data["resume_id"] else None
            if data["resume_id"] and (resume is None or resume["user_id"] != user_id):
                raise resume_not_found()
            if queries.find_application_id(conn, user_id, data["job_id"]) is not None:
                raise already_applied()
            ctx = smartbot.build_context_for_new(job, resume, data["lang"], data["cover_letter"])

        # The greeting may come from a model, so it is prepared before the
        # write transaction, which re-checks everything under row locks.
        opening = smartbot.prepare_opening(ctx)
        with conn:
            locked_job = lock_job(conn, data["job_id"], exclusive=False)
            if locked_job is None:
                raise NotFound("Vacancy not found.")
            if not locked_job["is_active"]:
                raise archived_job()
            if data["resume_id"] and not lock_resume_of_user(conn, data["resume_id"], user_id):
                raise resume_not_found()
            application_id = queries.insert_application(
                conn, user_id=user_id, job_id=data["job_id"],
                resume_id=data["resume_id"], cover_letter=data["cover_letter"],
            )
            if application_id is None:
                raise already_applied()
            smartbot.store_new_session(conn, application_id, data["lang"], opening)
            application = queries.get_application(conn, application_id)
        logger.info("User %s applied to job %s (application %s)", user_id, data["job_id"], application_id)
        return application


@blp.route("/applications/mine")
class MyApplications(MethodView):
    @role_required("job_seeker")
    @blp.arguments(ApplicationQueryArgsSchema, location="query")
    @blp.response(200, list_schema(ApplicationSchema))
    @blp.doc(**AUTH_DOC)
    def get(self, args):
        """List the job seeker's applications, newest first."""
        return application_page(queries.CANDIDATE_OWNS, args, order=queries.EMPLOYER_SORTS["created_at"])


@blp.route("/employer/applications")
class EmployerApplications(MethodView):
    @role_required("employer")
    @blp.arguments(EmployerApplicationQueryArgsSchema, location="query")
    @blp.response(200, list_schema(ApplicationSchema))
    @blp.doc(**AUTH_DOC)
    def get(self, args):
        """List applications to the employer's vacancies, newest or most relevant first."""
        return application_page(queries.EMPLOYER_OWNS, args, order=queries.EMPLOYER_SORTS[args["sort"]])


@blp.route("/applications/<int:application_id>")
class ApplicationById(MethodView):
    @login_required
    @blp.response(200, ApplicationSchema)
    @blp.doc(**AUTH_DOC)
    def get(self, application_id):
        """Fetch one application (its candidate or the vacancy's employer)."""
        with get_db() as conn:
            application = queries.get_application(conn, application_id)
        if application is None or current_user["id"] not in (application["user_id"], application["employer_id"]):
            raise NotFound("Application not found.")
        return application

    @role_required("employer")
    @blp.arguments(ApplicationStatusSchema)
    @blp.response(200, ApplicationSchema)
    @blp.alt_response(409, description="The workflow forbids this change (invalid_status_transition).")
    @blp.doc(**AUTH_DOC)
    def patch(self, data, application_id):
        """Move an application through pending → in_review → accepted | rejected (the vacancy's employer)."""
        new_status = data["status"]
        with get_db() as conn:
            application = queries.lock_application(conn, application_id)
            if application is None:
                raise NotFound("Application not found.")
            if application["employer_id"] != current_user["id"]:
                if application["user_id"] == current_user["id"]:
                    raise Forbidden("Only the vacancy's employer can change the status.")
                raise NotFound("Application not found.")
            old_status = application["status"]
            if new_status != old_status:
                if new_status not in STATUS_TRANSITIONS[old_status]:
                    raise Conflict(
                        f"Cannot change the status from {old_status} to {new_status}.",
                        code="invalid_status_transition",
                    )
                queries.update_status(conn, application_id, new_status)
                logger.info("Application %s moved from %s to %s by employer %s",
                            application_id, old_status, new_status, current_user["id"])
            application = queries.get_application(conn, application_id)
        return application
