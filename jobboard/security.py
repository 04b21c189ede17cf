"""Password hashing, JWT sessions and the role checks routes use."""

import logging
from functools import wraps

from flask import Flask
from flask_jwt_extended import JWTManager, current_user, verify_jwt_in_request
from werkzeug.security import check_password_hash, generate_password_hash

from jobboard.errors import Forbidden, error_response

logger = logging.getLogger(__name__)

jwt = JWTManager()

# A real hash to compare against when the email is unknown, so that a login
# for a missing account takes as long as one with a wrong password.
_DUMMY_HASH = generate_password_hash("not-a-real-password")


def hash_password(password: str) -> str:
    return generate_password_hash(password)


def verify_password(hashed: str | None, password: str) -> bool:
    """Check a password in constant time, also when there is no stored hash."""
    if not hashed:
        check_password_hash(_DUMMY_HASH, password)
        return False
    try:
        return check_password_hash(hashed, password)
    except ValueError:
        # A stored hash in an unknown format (imported by hand) never matches.
        logger.warning("Stored password hash has an unknown format")
        return False


def init_app(app: Flask) -> None:
    jwt.init_app(app)


def role_required(*roles: str):
    """Require a valid token whose user has one of the given user_type values."""

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            verify_jwt_in_request()
            if current_user["user_type"] not in roles:
                raise Forbidden(f"This action is only for users of type: {', '.join(roles)}.")
            return view(*args, **kwargs)

        return wrapper

    return decorator


def login_required(view):
    """Require a valid token of an existing, active user."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        verify_jwt_in_request()
        return view(*args, **kwargs)

    return wrapper


@jwt.user_lookup_loader
def _load_user(_jwt_header, jwt_data):
    from jobboard.api.auth.queries import get_user_by_id
    from jobboard.db import get_db

    try:
        user_id = int(jwt_data["sub"])
    except (TypeError, ValueError):
        return None
    user = get_user_by_id(get_db(), user_id)
    if user is None or not user["is_active"]:
        return None
    return user


@jwt.user_lookup_error_loader
def _user_missing(_jwt_header, _jwt_data):
    return error_response(401, "unauthorized", "The account of this token no longer exists or is disabled.")


@jwt.unauthorized_loader
def _token_missing(reason: str):
    return error_response(401, "unauthorized", "Missing bearer token: send 'Authorization: Bearer <token>'.")


@jwt.invalid_token_loader
def _token_invalid(reason: str):
    return error_response(401, "unauthorized", "The token is invalid; sign in again.")


@jwt.expired_token_loader
def _token_expired(_jwt_header, _jwt_data):
    return error_response(401, "token_expired", "The token has expired; sign in again.")


@jwt.revoked_token_loader
def _token_revoked(_jwt_header, _jwt_data):
    return error_response(401, "unauthorized", "The token has been revoked; sign in again.")


@jwt.needs_fresh_token_loader
def _token_not_fresh(_jwt_header, _jwt_data):
    return error_response(401, "unauthorized", "A fresh sign-in is required.")
