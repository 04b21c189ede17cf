"""Checks that apply to every request before a view sees it.

PostgreSQL rejects NUL characters in text, UTF-8 cannot encode lone
surrogates, and Python's JSON decoder gives up on very deep nesting: each
would otherwise surface as a 500 deep inside a view.
"""

from flask import Flask, current_app, request
from werkzeug.exceptions import BadRequest

from jobboard.errors import error_response

BODY_METHODS = ("POST", "PUT", "PATCH")


def register_request_checks(app: Flask) -> None:
    app.before_request(require_json_body)
    app.before_request(reject_unstorable_text)


def require_json_body():
    """Reject a non-empty body that is not declared as JSON (415), is too large (413) or is malformed (400)."""
    if request.method not in BODY_METHODS:
        return None
    chunked = bool(request.headers.get("Transfer-Encoding"))
    if not (request.content_length or chunked):
        return None
    if not request.is_json:
        return error_response(
            415,
            "unsupported_media_type",
            "The request body must be JSON: send it with 'Content-Type: application/json'.",
        )
    # A chunked body has no Content-Length for werkzeug to check, and its
    # reader stops at MAX_CONTENT_LENGTH instead of failing.
    if chunked and len(request.get_data(cache=True)) >= current_app.config["MAX_CONTENT_LENGTH"]:
        return error_response(413, "payload_too_large", "The request body is larger than 1 MiB.")
    try:
        request.get_json()
    except (BadRequest, RecursionError):
        return error_response(400, "bad_request", "The request body is not valid JSON.")
    return None


def reject_unstorable_text():
    """Reject text with NUL characters or lone surrogates in the query or the JSON body (422)."""
    fields: dict[str, list[str]] = {}
    for name, value in request.args.items(multi=True):
        problem = text_problem(value)
        if problem:
            fields[name] = [problem]
    if request.method in BODY_METHODS and request.is_json:
        body = request.get_json(silent=True)
        if isinstance(body, dict):
            for name, value in body.items():
                problem = first_text_problem(value) or text_problem(name)
                if problem:
                    fields[str(name)] = [problem]
    if not fields:
        return None
    return error_response(422, "validation_error", "Invalid request.", fields)


def text_problem(text: str) -> str | None:
    if "\x00" in text:
        return "Must not contain NUL characters."
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "Must be valid Unicode text (no lone surrogates)."
    return None


def first_text_problem(value) -> str | None:
    """Walk a JSON value without recursion and return the first problem of any string in it."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            problem = text_problem(item)
            if problem:
                return problem
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return None
