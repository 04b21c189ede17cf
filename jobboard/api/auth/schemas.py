"""Request and response schemas for sign-up, sign-in and the current user."""

from marshmallow import Schema, fields, post_load, validate

from jobboard.validation import NonBlankString

USER_TYPES = ("job_seeker", "employer")


class UserSchema(Schema):
    id = fields.Integer(required=True)
    email = fields.String(required=True)
    full_name = fields.String(required=True)
    phone = fields.String(allow_none=True)
    user_type = fields.String(required=True, validate=validate.OneOf(USER_TYPES))
    created_at = fields.DateTime(required=True)


class RegisterSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=255))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=8, max=128))
    full_name = NonBlankString(required=True, validate=validate.Length(min=1, max=255))
    phone = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Regexp(r"^\+?[0-9()\- ]{5,50}$", error="Use digits, spaces, brackets, dashes and a leading +."),
    )
    user_type = fields.String(required=True, validate=validate.OneOf(USER_TYPES))

    @post_load
    def normalize(self, data, **_kwargs):
        data["email"] = data["email"].strip().lower()
        if data.get("phone") is not None:
            data["phone"] = data["phone"].strip() or None
        return data


class LoginSchema(Schema):
    email = fields.String(required=True, validate=validate.Length(min=1, max=255))
    password = fields.String(required=True, load_only=True, validate=validate.Length(min=1, max=128))

    @post_load
    def normalize(self, data, **_kwargs):
        # The same Python lower() as at sign-up: PostgreSQL's LOWER() differs for a few letters (İ, final Σ).
        data["email"] = data["email"].strip().lower()
        return data


class TokenSchema(Schema):
    access_token = fields.String(required=True)
    token_type = fields.String(required=True)
    expires_in = fields.Integer(required=True, metadata={"description": "Token lifetime in seconds."})
    user = fields.Nested(UserSchema, required=True)
