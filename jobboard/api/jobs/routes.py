"""Vacancies: the public list and page, and the employer's own CRUD."""

import logging

from flask.views import MethodView
from flask_jwt_extended import current_user, verify_jwt_in_request
from flask_jwt_extended.exceptions import JWTExtendedException
from jwt.exceptions import PyJWTError
from flask_smorest import Blueprint

from jobboard.api.applications.queries import find_application_id
from jobboard.api.jobs import queries
from jobboard.api.jobs.schemas import JobQueryArgsSchema, JobSchema, JobWriteSchema
from jobboard.db import get_db
from jobboard.errors import Forbidden, NotFound, Unauthorized
from jobboard.schemas import list_schema, offset_of, page_of
from jobboard.security import role_required

logger = logging.getLogger(__name__)

blp = Blueprint("jobs", __name__, description="Vacancies")

AUTH_DOC = {"security": [{"bearerAuth": []}]}


def optional_viewer() -> dict | None:
    """Return the signed-in user when a valid token is sent; None for guests.

    Public pages stay public: an expired or invalid token, or one of a deleted
    account, is read as no token at all rather than answered with 401.
    """
    try:
        verify_jwt_in_request(optional=True)
    except (JWTExtendedException, PyJWTError):
        return None
    return current_user if current_user else None


@blp.route("/jobs")
class Jobs(MethodView):
    @blp.arguments(JobQueryArgsSchema, location="query")
    @blp.response(200, list_schema(JobSchema))
    def get(self, args):
        """List active vacancies, newest first; `mine=true` lists the employer's own, archived included."""
        viewer = optional_viewer()
        mine = args.pop("mine")
        if mine and viewer is None:
            raise Unauthorized("Sign in as an employer to list your own vacancies.")
        if mine and viewer["user_type"] != "employer":
            raise Forbidden("Only employers have vacancies of their own.")
        viewer_id = viewer["id"] if viewer else None

        with get_db() as conn:
            total = queries.count_jobs(conn, args, viewer_id=viewer_id, mine=mine)
            items = queries.list_jobs(
                conn, args, viewer_id=viewer_id, mine=mine, limit=args["per_page"], offset=offset_of(args)
            )
        return page_of(items, total, args)

    @role_required("employer")
    @blp.arguments(JobWriteSchema)
    @blp.response(201, JobSchema)
    @blp.doc(**AUTH_DOC)
    def post(self, data):
        """Publish a vacancy (employers only)."""
        with get_db() as conn:
            job_id = queries.insert_job(conn, current_user["id"], data)
            job = queries.get_job(conn, job_id, viewer_id=current_user["id"])
        logger.info("Employer %s created job %s", current_user["id"], job_id)
        return job


@blp.route("/jobs/<int:job_id>")
class JobById(MethodView):
    @blp.response(200, JobSchema)
    @blp.alt_response(404, description="No such vacancy, or archived and not yours.")
    def get(self, job_id):
        """Fetch one vacancy; an archived one only for its author and the candidates who applied."""
        viewer = optional_viewer()
        viewer_id = viewer["id"] if viewer else None
        with get_db() as conn:
            job = queries.get_job(conn, job_id, viewer_id=viewer_id)
            visible = job is not None and (
                job["is_active"]
                or job["employer_id"] == viewer_id
                or (viewer_id is not None and find_application_id(conn, viewer_id, job_id) is not None)
            )
        if not visible:
            raise NotFound("Vacancy not found.")
        return job

    @role_required("employer")
    @blp.arguments(JobWriteSchema)
    @blp.response(200, JobSchema)
    @blp.doc(**AUTH_DOC)
    def put(self, data, job_id):
        """Replace a vacancy (its author only); `is_active: true` restores an archived one."""
        with get_db() as conn:
            require_own_job(conn, job_id, exclusive=True)
            queries.update_job(conn, job_id, data)
            job = queries.get_job(conn, job_id, viewer_id=current_user["id"])
        logger.info("Employer %s updated job %s", current_user["id"], job_id)
        return job

    @role_required("employer")
    @blp.response(204)
    @blp.doc(**AUTH_DOC)
    def delete(self, job_id):
        """Delete a vacancy (its author only); one with applications is archived instead."""
        with get_db() as conn:
            require_own_job(conn, job_id, exclusive=True)
            if queries.count_applications(conn, job_id) > 0:
                queries.archive_job(conn, job_id)
                action = "archived"
            else:
                queries.delete_job(conn, job_id)
                action = "deleted"
        logger.info("Employer %s %s job %s", current_user["id"], action, job_id)


def require_own_job(conn, job_id: int, *, exclusive: bool) -> dict:
    """Lock the caller's vacancy; 404 when the caller may not see it, 403 when it is someone else's."""
    job = queries.lock_job(conn, job_id, exclusive=exclusive)
    if job is None or (not job["is_active"] and job["employer_id"] != current_user["id"]):
        raise NotFound("Vacancy not found.")
    if job["employer_id"] != current_user["id"]:
        raise Forbidden("Only the vacancy's author can change it.")
    return job
