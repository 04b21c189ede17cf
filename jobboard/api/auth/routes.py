"""Sign-up, sign-in and the current user."""

import logging

from flask import current_app, request
from flask.views import MethodView
from flask_jwt_extended import create_access_token, current_user
from flask_smorest import Blueprint

from jobboard.api.auth import queries
from jobboard.api.auth.schemas import LoginSchema, RegisterSchema, TokenSchema, UserSchema
from jobboard.db import get_db
from jobboard.errors import Conflict, Unauthorized
from jobboard.limiter import auth_limit, limiter
from jobboard.security import hash_password, login_required, verify_password

logger = logging.getLogger(__name__)

blp = Blueprint("auth", __name__, description="Sign-up, sign-in and the current user")


# Both are keyed by client address (no token yet); every attempt counts, because
# failed sign-ins are what a password-guessing client produces.
AUTH_LIMITS = [limiter.limit(auth_limit, methods=["POST"], key_func=lambda: f"ip:{request.remote_addr}")]


@blp.route("/auth/register")
class Register(MethodView):
    decorators = AUTH_LIMITS
    @blp.arguments(RegisterSchema)
    @blp.response(201, UserSchema)
    @blp.alt_response(409, description="The email is already registered (code email_taken).")
    def post(self, data):
        """Create a job seeker or employer account."""
        hashed = hash_password(data.pop("password"))
        with get_db() as conn:
            user = queries.insert_user(conn, hashed_password=hashed, **data)
        if user is None:
            raise Conflict("An account with this email already exists.", code="email_taken")
        logger.info("User %s registered as %s", user["id"], user["user_type"])
        return user


@blp.route("/auth/login")
class Login(MethodView):
    decorators = AUTH_LIMITS
    @blp.arguments(LoginSchema)
    @blp.response(200, TokenSchema)
    @blp.alt_response(401, description="Wrong email or password (code invalid_credentials).")
    def post(self, data):
        """Exchange email and password for a bearer token."""
        with get_db() as conn:
            user = queries.get_user_by_email(conn, data["email"])
        stored_hash = user["hashed_password"] if user and user["is_active"] else None
        if not verify_password(stored_hash, data["password"]):
            logger.warning("Failed sign-in attempt")
            raise Unauthorized("Wrong email or password.", code="invalid_credentials")

        token = create_access_token(identity=str(user["id"]), additional_claims={"user_type": user["user_type"]})
        expires_in = int(current_app.config["JWT_ACCESS_TOKEN_EXPIRES"])
        return {"access_token": token, "token_type": "bearer", "expires_in": expires_in, "user": user}


@blp.route("/auth/me")
class Me(MethodView):
    @login_required
    @blp.response(200, UserSchema)
    @blp.doc(security=[{"bearerAuth": []}])
    def get(self):
        """Return the signed-in user."""
        return current_user
