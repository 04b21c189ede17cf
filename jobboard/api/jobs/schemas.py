"""Request and response schemas for vacancies."""

import re
from decimal import Decimal

from marshmallow import Schema, ValidationError, fields, post_load, validate, validates_schema

from jobboard.schemas import PageArgsSchema
from jobboard.validation import NonBlankString, OptionalText

EMPLOYMENT_TYPES = ("full_time", "part_time", "contract", "internship")
EXPERIENCE_LEVELS = ("junior", "middle", "senior")
CURRENCIES = ("KZT", "USD", "EUR", "RUB")
# NUMERIC(12,2) holds at most 9 999 999 999.99.
MAX_MONEY = Decimal("9999999999.99")
MAX_SEARCH_WORDS = 10


def money_field(**kwargs):
    return fields.Decimal(
        places=2,
        allow_nan=False,
        load_default=None,
        allow_none=True,
        validate=validate.Range(min=0, max=MAX_MONEY),
        **kwargs,
    )


class JobSchema(Schema):
    id = fields.Integer(required=True)
    employer_id = fields.Integer(required=True)
    employer_name = fields.String(required=True)
    title = fields.String(required=True)
    description = fields.String(required=True)
    requirements = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    employment_type = fields.String(allow_none=True)
    experience_level = fields.String(allow_none=True)
    salary_min = fields.Float(allow_none=True)
    salary_max = fields.Float(allow_none=True)
    salary_currency = fields.String(allow_none=True)
    remote_work = fields.Boolean(allow_none=True)
    is_active = fields.Boolean(allow_none=True)
    applications_count = fields.Integer(
        allow_none=True, metadata={"description": "Number of applications; only for the vacancy's author."}
    )
    created_at = fields.DateTime(required=True)
    updated_at = fields.DateTime(required=True)


class JobWriteSchema(Schema):
    """The whole vacancy, for POST /jobs and PUT /jobs/{id}."""

    title = NonBlankString(required=True, validate=validate.Length(max=255))
    description = NonBlankString(required=True, validate=validate.Length(max=20000))
    requirements = OptionalText(validate=validate.Length(max=20000))
    location = OptionalText(validate=validate.Length(max=255))
    employment_type = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(EMPLOYMENT_TYPES))
    experience_level = fields.String(load_default=None, allow_none=True, validate=validate.OneOf(EXPERIENCE_LEVELS))
    salary_min = money_field()
    salary_max = money_field()
    salary_currency = fields.String(load_default="KZT", validate=validate.OneOf(CURRENCIES))
    remote_work = fields.Boolean(load_default=False)
    is_active = fields.Boolean(load_default=True)

    @validates_schema
    def check_salary_range(self, data, **_kwargs):
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and low > high:
            raise ValidationError("Must not be greater than salary_max.", field_name="salary_min")


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def to_prefix_tsquery(text: str) -> str | None:
    """Turn free text into a tsquery that needs every word, each as a prefix."""
    words = re.findall(r"[^\W_]+", text.lower())[:MAX_SEARCH_WORDS]
    if not words:
        return None
    return " & ".join(word + ":*" for word in words)


class JobQueryArgsSchema(PageArgsSchema):
    text = fields.String(load_default=None, validate=validate.Length(max=200))
    location = fields.String(load_default=None, validate=validate.Length(max=255))
    employment_type = fields.String(load_default=None, validate=validate.OneOf(EMPLOYMENT_TYPES))
    experience_level = fields.String(load_default=None, validate=validate.OneOf(EXPERIENCE_LEVELS))
    remote = fields.Boolean(load_default=None)
    # places=2 also turns extreme exponents (1e-999999999) into plain numbers PostgreSQL accepts.
    salary_min = fields.Decimal(load_default=None, places=2, allow_nan=False,
                                validate=validate.Range(min=0, max=MAX_MONEY))
    mine = fields.Boolean(
        load_default=False, metadata={"description": "Employers only: the caller's vacancies, archived included."}
    )

    @post_load
    def to_filters(self, data, **_kwargs):
        text = (data.pop("text") or "").strip()
        location = (data.pop("location") or "").strip()
        data["text_query"] = to_prefix_tsquery(text) if text else None
        data["location_pattern"] = f"%{escape_like(location)}%" if location else None
        return data
