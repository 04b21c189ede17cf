"""Field types shared by the domains' schemas."""

from marshmallow import ValidationError, fields


class NonBlankString(fields.String):
    """A string stripped of surrounding white space that must not end up empty."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if not text:
            raise ValidationError("Must not be blank.")
        return text


class OptionalText(fields.String):
    """A string stripped of surrounding white space; an empty one is stored as null."""

    def __init__(self, **kwargs):
        kwargs.setdefault("load_default", None)
        kwargs.setdefault("allow_none", True)
        super().__init__(**kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        return text or None

    def _validate(self, value):
        # Blank text became None, which the length and URL validators cannot check.
        if value is not None:
            super()._validate(value)
