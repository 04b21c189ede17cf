"""Request and response schemas for SmartBot sessions and messages."""

from marshmallow import Schema, fields, validate

from jobboard.api.applications.schemas import LANGUAGES
from jobboard.schemas import PageArgsSchema
from jobboard.validation import NonBlankString

MAX_MESSAGE_LENGTH = 4000


class ReasonSchema(Schema):
    score = fields.Float(required=True)
    weight = fields.Float(required=True)
    reason = fields.String(required=True)


class SessionSchema(Schema):
    id = fields.Integer(required=True)
    application_id = fields.Integer(required=True)
    lang = fields.String(required=True)
    model = fields.String(required=True)
    is_completed = fields.Boolean(required=True)
    relevance_score = fields.Float(allow_none=True)
    summary_text = fields.String(allow_none=True)
    reasons_json = fields.Dict(
        keys=fields.String(), values=fields.Raw(), allow_none=True,
        metadata={"description": "factor → {score, weight, reason}"},
    )
    started_at = fields.DateTime(required=True)
    completed_at = fields.DateTime(allow_none=True)


class SessionLangSchema(Schema):
    lang = fields.String(required=True, validate=validate.OneOf(LANGUAGES))


class SessionQueryArgsSchema(Schema):
    lang = fields.String(
        load_default="ru", validate=validate.OneOf(LANGUAGES),
        metadata={"description": "Language of a session created by this call."},
    )


class MessageSchema(Schema):
    id = fields.Integer(required=True)
    role = fields.String(required=True, validate=validate.OneOf(("system", "assistant", "candidate")))
    content = fields.String(required=True)
    created_at = fields.DateTime(required=True)


class MessagePageArgsSchema(PageArgsSchema):
    per_page = fields.Integer(load_default=200, validate=validate.Range(min=1, max=500))


class SendSchema(Schema):
    session_id = fields.Integer(required=True, strict=True, validate=validate.Range(min=1, max=2**31 - 1))
    user_text = NonBlankString(required=True, validate=validate.Length(max=MAX_MESSAGE_LENGTH))


class SendResultSchema(Schema):
    candidate_message = fields.Nested(MessageSchema, required=True)
    assistant_message = fields.Nested(MessageSchema, required=True)
    session = fields.Nested(SessionSchema, required=True)
