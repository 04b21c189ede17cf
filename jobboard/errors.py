"""The one JSON error envelope, the exceptions that produce it, and its handlers.

Every error response has the shape
{"error": {"code": "...", "message": "...", "fields": {...}}}, where
"fields" appears only for validation errors.
"""

import logging
import math
import time

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from jobboard.db import CONNECTION_ERRORS, DatabaseUnavailable, mark_connection_broken

logger = logging.getLogger(__name__)

# Codes for errors raised by Flask, werkzeug and the extensions themselves.
HTTP_STATUS_CODES = {
    400: ("bad_request", "The request is malformed."),
    401: ("unauthorized", "Authentication is required."),
    403: ("forbidden", "You are not allowed to do this."),
    404: ("not_found", "The requested resource was not found."),
    405: ("method_not_allowed", "This method is not allowed on this path."),
    409: ("conflict", "The request conflicts with the current state."),
    413: ("payload_too_large", "The request body is larger than 1 MiB."),
    415: ("unsupported_media_type", "The request body must be JSON (Content-Type: application/json)."),
    422: ("validation_error", "Invalid request."),
    429: ("rate_limited", "Too many requests, try again later."),
    503: ("database_unavailable", "The database is unavailable, try again shortly."),
}


class APIError(Exception):
    """An error with an HTTP status and a stable machine-readable code."""

    status = 400
    code = "bad_request"
    message = "The request is malformed."

    def __init__(self, message: str | None = None, *, code: str | None = None,
                 fields: dict | None = None):
        super().__init__(message or self.message)
        self.message = message or self.message
        self.code = code or self.code
        self.fields = fields


class Unauthorized(APIError):
    status, code, message = 401, "unauthorized", "Authentication is required."


class Forbidden(APIError):
    status, code, message = 403, "forbidden", "You are not allowed to do this."


class NotFound(APIError):
    status, code, message = 404, "not_found", "The requested resource was not found."


class Conflict(APIError):
    status, code, message = 409, "conflict", "The request conflicts with the current state."


class ValidationFailed(APIError):
    status, code, message = 422, "validation_error", "Invalid request."


def error_response(status: int, code: str, message: str, fields: dict | None = None):
    body = {"code": code, "message": message}
    if fields:
        body["fields"] = fields
    response = jsonify({"error": body})
    response.status_code = status
    return response


def _flatten_webargs_messages(messages: dict) -> dict:
    """Turn webargs' {"json": {...}, "query": {...}} into one field → messages map."""
    fields: dict = {}
    for location_messages in messages.values():
        if isinstance(location_messages, dict):
            fields.update(location_messages)
        else:
            fields.setdefault("_schema", []).extend(location_messages)
    return fields


def handle_api_error(error: APIError):
    return error_response(error.status, error.code, error.message, error.fields)


def handle_http_exception(error: HTTPException):
    status = error.code or 500
    code, message = HTTP_STATUS_CODES.get(status, ("http_error", error.description or "HTTP error."))
    fields = None

    data = getattr(error, "data", None) or {}
    if status == 422 and "messages" in data:
        fields = _flatten_webargs_messages(data["messages"])
        # A JSON array or scalar where an object belongs is a malformed body.
        if set(fields) == {"_schema"} and "Invalid input type." in fields["_schema"]:
            return error_response(400, "bad_request", "The request body must be a JSON object.")
        message = "Invalid request body." if "json" in data["messages"] else "Invalid query parameters."
    elif status == 400:
        message = "The request body is not valid JSON."

    if status >= 500:
        logger.error("HTTP %s on %s %s: %s", status, request.method, request.path, error)
    response = error_response(status, code, message, fields)
    if status == 429:
        response.headers["Retry-After"] = str(seconds_until_limit_resets())
        logger.warning("Rate limit hit on %s %s", request.method, request.path)
    return response


def seconds_until_limit_resets() -> int:
    from jobboard.limiter import limiter

    current = limiter.current_limit
    if current is None:
        return 60
    return max(1, math.ceil(current.reset_at - time.time()))


def handle_database_unavailable(error: Exception):
    mark_connection_broken()
    logger.warning("Database unavailable on %s %s: %s", request.method, request.path, error)
    code, message = HTTP_STATUS_CODES[503]
    return error_response(503, code, message)


def handle_unexpected_error(error: Exception):
    logger.exception("Unhandled error on %s %s", request.method, request.path)
    return error_response(500, "internal_error", "Something went wrong on our side; the error has been logged.")


def register_error_handlers(app: Flask) -> None:
    app.register_error_handler(APIError, handle_api_error)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(DatabaseUnavailable, handle_database_unavailable)
    for error_class in CONNECTION_ERRORS:
        app.register_error_handler(error_class, handle_database_unavailable)
    app.register_error_handler(Exception, handle_unexpected_error)
