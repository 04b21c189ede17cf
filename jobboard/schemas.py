"""Schemas shared by every domain: the error envelope, paging and list envelopes."""

from marshmallow import Schema, fields, validate

MAX_PER_PAGE = 100


class ErrorBodySchema(Schema):
    code = fields.String(required=True, metadata={"description": "Stable machine-readable error code."})
    message = fields.String(required=True)
    fields = fields.Dict(
        keys=fields.String(),
        values=fields.List(fields.String()),
        metadata={"description": "Field name → messages; only on validation errors."},
    )


class ErrorSchema(Schema):
    error = fields.Nested(ErrorBodySchema, required=True)


class PageArgsSchema(Schema):
    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=100000))
    per_page = fields.Integer(load_default=20, validate=validate.Range(min=1, max=MAX_PER_PAGE))


_list_schemas: dict[str, type[Schema]] = {}


def list_schema(item_schema: type[Schema]) -> type[Schema]:
    """Return the {"items", "total", "page", "per_page"} envelope schema for item_schema."""
    name = item_schema.__name__.removesuffix("Schema") + "ListSchema"
    if name not in _list_schemas:
        _list_schemas[name] = Schema.from_dict(
            {
                "items": fields.List(fields.Nested(item_schema), required=True),
                "total": fields.Integer(required=True),
                "page": fields.Integer(required=True),
                "per_page": fields.Integer(required=True),
            },
            name=name,
        )
    return _list_schemas[name]


def page_of(items: list, total: int, page_args: dict) -> dict:
    return {"items": items, "total": total, "page": page_args["page"], "per_page": page_args["per_page"]}


def offset_of(page_args: dict) -> int:
    return (page_args["page"] - 1) * page_args["per_page"]
