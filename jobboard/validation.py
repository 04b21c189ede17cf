"""Field types shared by the domains' schemas."""

import unicodedata

from marshmallow import ValidationError, fields


def is_blank(text: str) -> bool:
    """Tell whether text has nothing but white space and invisible format characters (such as U+200B)."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


class NonBlankString(fields.String):
    """A string stripped of surrounding white space that must not end up empty."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs).strip()
        if is_blank(text):
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
        return None if is_blank(text) else text

    def _validate(self, value):
        # Blank text became None, which the length and URL validators cannot check.
        if value is not None:
            super()._validate(value)
