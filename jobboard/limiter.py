"""The rate limiter, keyed by the signed-in user where there is one."""

from flask import current_app, request
from flask_jwt_extended import get_jwt_identity, verify_jwt_in_request
from flask_limiter import Limiter


def user_or_address() -> str:
    """Key requests by user id when a valid token is present, else by client address."""
    try:
        verify_jwt_in_request(optional=True)
        identity = get_jwt_identity()
    except Exception:  # an invalid token is rejected by the view itself
        identity = None
    return f"user:{identity}" if identity else f"ip:{request.remote_addr}"


def succeeded(response) -> bool:
    """Count only requests that did something, so rejected ones do not use up the budget."""
    return response.status_code < 400


def smartbot_send_limit() -> str:
    return current_app.config["SETTINGS"].smartbot_send_limit


def auth_limit() -> str:
    return current_app.config["SETTINGS"].auth_limit


# The app sets RATELIMIT_STORAGE_URI to memory://, which counts per process,
# so run one worker process (threads are fine). NOTE: several processes would
# each allow the full limit; they need a shared Flask-Limiter store such as
# Redis, which this project does not configure.
limiter = Limiter(key_func=user_or_address, default_limits=[])
