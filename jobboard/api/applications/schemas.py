"""Request and response schemas for job applications."""

from marshmallow import Schema, fields, validate

from jobboard.schemas import PageArgsSchema
from jobboard.validation import OptionalText

STATUSES = ("pending", "in_review", "accepted", "rejected")
LANGUAGES = ("ru", "kk")

# Where each status may go next; setting the current status again is a no-op.
STATUS_TRANSITIONS = {
    "pending": {"in_review", "accepted", "rejected"},
    "in_review": {"accepted", "rejected"},
    "accepted": set(),
    "rejected": set(),
}


class ApplicationSchema(Schema):
    id = fields.Integer(required=True)
    user_id = fields.Integer(required=True)
    job_id = fields.Integer(required=True)
    resume_id = fields.Integer(allow_none=True)
    cover_letter = fields.String(allow_none=True)
    status = fields.String(required=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)
    job_title = fields.String(required=True)
    candidate_name = fields.String(required=True)
    resume_title = fields.String(allow_none=True)
    session_id = fields.Integer(allow_none=True)
    lang = fields.String(allow_none=True)
    is_completed = fields.Boolean(allow_none=True)
    relevance_score = fields.Float(allow_none=True)
    summary_text = fields.String(allow_none=True)


class ApplicationCreateSchema(Schema):
    job_id = fields.Integer(required=True, strict=True, validate=validate.Range(min=1, max=2**31 - 1))
    resume_id = fields.Integer(
        load_default=None, allow_none=True, strict=True, validate=validate.Range(min=1, max=2**31 - 1)
    )
    cover_letter = OptionalText(validate=validate.Length(max=5000))
    lang = fields.String(load_default="ru", validate=validate.OneOf(LANGUAGES))


class ApplicationStatusSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))


class ApplicationQueryArgsSchema(PageArgsSchema):
    job_id = fields.Integer(load_default=None, validate=validate.Range(min=1, max=2**31 - 1))
    status = fields.String(load_default=None, validate=validate.OneOf(STATUSES))


class EmployerApplicationQueryArgsSchema(ApplicationQueryArgsSchema):
    sort = fields.String(load_default="created_at", validate=validate.OneOf(("created_at", "relevance")))
