"""Resumes: a job seeker's own CRUD, and reading by employers who may see them."""

import logging

from flask.views import MethodView
from flask_jwt_extended import current_user
from flask_smorest import Blueprint

from jobboard.api.resumes import queries
from jobboard.api.resumes.schemas import ResumeSchema, ResumeWriteSchema
from jobboard.db import get_db
from jobboard.errors import NotFound
from jobboard.schemas import PageArgsSchema, list_schema, offset_of, page_of
from jobboard.security import login_required, role_required

logger = logging.getLogger(__name__)

blp = Blueprint("resumes", __name__, description="Resumes")

AUTH_DOC = {"security": [{"bearerAuth": []}]}


@blp.route("/resumes/mine")
class MyResumes(MethodView):
    @role_required("job_seeker")
    @blp.arguments(PageArgsSchema, location="query")
    @blp.response(200, list_schema(ResumeSchema))
    @blp.doc(**AUTH_DOC)
    def get(self, args):
        """List the job seeker's own resumes, most recently updated first."""
        with get_db() as conn:
            total = queries.count_resumes_of_user(conn, current_user["id"])
            items = queries.list_resumes_of_user(
                conn, current_user["id"], limit=args["per_page"], offset=offset_of(args)
            )
        return page_of(items, total, args)


@blp.route("/resumes")
class Resumes(MethodView):
    @role_required("job_seeker")
    @blp.arguments(ResumeWriteSchema)
    @blp.response(201, ResumeSchema)
    @blp.doc(**AUTH_DOC)
    def post(self, data):
        """Create a resume (job seekers only)."""
        with get_db() as conn:
            resume = queries.insert_resume(conn, current_user["id"], data)
        logger.info("User %s created resume %s", current_user["id"], resume["id"])
        return resume


@blp.route("/resumes/<int:resume_id>")
class ResumeById(MethodView):
    @login_required
    @blp.response(200, ResumeSchema)
    @blp.doc(**AUTH_DOC)
    def get(self, resume_id):
        """Fetch a resume: the owner's, a public one for employers, or one sent with an application to you."""
        with get_db() as conn:
            resume = queries.get_resume(conn, resume_id)
            if resume is None or not may_read(conn, resume):
                raise NotFound("Resume not found.")
        return resume

    @role_required("job_seeker")
    @blp.arguments(ResumeWriteSchema)
    @blp.response(200, ResumeSchema)
    @blp.doc(**AUTH_DOC)
    def put(self, data, resume_id):
        """Replace one of your resumes."""
        with get_db() as conn:
            require_own_resume(conn, resume_id)
            resume = queries.update_resume(conn, resume_id, data)
        logger.info("User %s updated resume %s", current_user["id"], resume_id)
        return resume

    @role_required("job_seeker")
    @blp.response(204)
    @blp.doc(**AUTH_DOC)
    def delete(self, resume_id):
        """Delete one of your resumes; applications sent with it stay, without the resume."""
        with get_db() as conn:
            require_own_resume(conn, resume_id)
            queries.delete_resume(conn, resume_id)
        logger.info("User %s deleted resume %s", current_user["id"], resume_id)


def may_read(conn, resume: dict) -> bool:
    if resume["user_id"] == current_user["id"]:
        return True
    if current_user["user_type"] != "employer":
        return False
    return bool(resume["is_public"]) or queries.resume_is_attached_to_employer(conn, resume["id"], current_user["id"])


def require_own_resume(conn, resume_id: int) -> None:
    """Lock the caller's resume; 404 for a missing resume or someone else's (resumes are private)."""
    resume = queries.lock_resume(conn, resume_id)
    if resume is None or resume["user_id"] != current_user["id"]:
        raise NotFound("Resume not found.")
