"""JobBoard + SmartBot: the Flask application factory."""

import logging

from dotenv import load_dotenv
from flask import Flask
from flask_cors import CORS

from jobboard import db, security
from jobboard.api import Api, register_blueprints
from jobboard.config import Settings
from jobboard.errors import register_error_handlers
from jobboard.limiter import limiter
from jobboard.requests import register_request_checks
from jobboard.services.smartbot import build_smartbot
from jobboard.spa import register_spa

MAX_BODY_BYTES = 1024 * 1024


def create_app(settings: Settings | None = None) -> Flask:
    """Build the app from settings, or from the environment and .env when none are given."""
    if settings is None:
        load_dotenv()
        settings = Settings.from_env()
    settings.check_secret()

    app = Flask(__name__, static_folder=None)
    configure(app, settings)

    db.init_app(app, settings.database_url)
    security.init_app(app)
    limiter.init_app(app)
    CORS(app, origins=settings.cors_origins, expose_headers=["Retry-After"])
    app.extensions["smartbot"] = build_smartbot(
        api_key=settings.openai_api_key or None,
        base_url=settings.openai_base_url or None,
        model=settings.openai_model,
        timeout_seconds=settings.openai_timeout_seconds,
        max_retries=settings.openai_max_retries,
    )

    register_blueprints(app, Api(app))
    register_spa(app)
    register_request_checks(app)
    register_error_handlers(app)
    return app


def configure(app: Flask, settings: Settings) -> None:
    app.config.update(
        SETTINGS=settings,
        TESTING=settings.testing,
        DEBUG=settings.debug,
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        JWT_SECRET_KEY=settings.jwt_secret,
        JWT_ALGORITHM=settings.jwt_algorithm,
        JWT_ACCESS_TOKEN_EXPIRES=settings.jwt_expires_minutes * 60,
        JWT_TOKEN_LOCATION=["headers"],
        # Retry-After is set on 429 responses only, by the error handler.
        RATELIMIT_HEADERS_ENABLED=False,
        RATELIMIT_STORAGE_URI="memory://",
        API_TITLE="JobBoard + SmartBot API",
        API_VERSION="1.0",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        API_SPEC_OPTIONS={
            "components": {
                "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}}
            }
        },
    )
    # Cyrillic and Kazakh letters stay readable in responses; keys keep the schema's order.
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
