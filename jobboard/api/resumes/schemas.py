"""Request and response schemas for resumes."""

from marshmallow import Schema, fields, validate

from jobboard.api.jobs.schemas import money_field
from jobboard.validation import NonBlankString, OptionalText


class ResumeSchema(Schema):
    id = fields.Integer(required=True)
    user_id = fields.Integer(required=True)
    title = fields.String(required=True)
    summary = fields.String(allow_none=True)
    experience = fields.String(allow_none=True)
    education = fields.String(allow_none=True)
    skills = fields.String(allow_none=True)
    languages = fields.String(allow_none=True)
    portfolio_url = fields.String(allow_none=True)
    desired_position = fields.String(allow_none=True)
    desired_salary = fields.Float(allow_none=True)
    location = fields.String(allow_none=True)
    is_public = fields.Boolean(allow_none=True)
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class ResumeWriteSchema(Schema):
    """The whole resume, for POST /resumes and PUT /resumes/{id}."""

    title = NonBlankString(required=True, validate=validate.Length(max=255))
    summary = OptionalText(validate=validate.Length(max=20000))
    experience = OptionalText(validate=validate.Length(max=20000))
    education = OptionalText(validate=validate.Length(max=20000))
    skills = OptionalText(validate=validate.Length(max=5000))
    languages = OptionalText(validate=validate.Length(max=1000))
    portfolio_url = OptionalText(
        validate=[validate.Length(max=500), validate.URL(schemes={"http", "https"}, error="Not a valid http(s) URL.")]
    )
    desired_position = OptionalText(validate=validate.Length(max=255))
    desired_salary = money_field()
    location = OptionalText(validate=validate.Length(max=255))
    is_public = fields.Boolean(load_default=True)
