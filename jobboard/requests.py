"""Checks that apply to every request before a view sees it."""

from flask import Flask, request

from jobboard.errors import error_response

BODY_METHODS = ("POST", "PUT", "PATCH")


def register_request_checks(app: Flask) -> None:
    app.before_request(require_json_body)


def require_json_body():
    """Reject a non-empty body that is not declared as JSON (415)."""
    if request.method not in BODY_METHODS:
        return None
    has_body = bool(request.content_length) or bool(request.headers.get("Transfer-Encoding"))
    if has_body and not request.is_json:
        return error_response(
            415,
            "unsupported_media_type",
            "The request body must be JSON: send it with 'Content-Type: application/json'.",
        )
    return None
