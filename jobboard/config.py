"""Configuration read from the environment (and a .env file, via python-dotenv)."""

import logging
import os
from dataclasses import dataclass, field

import psycopg2.extensions

logger = logging.getLogger(__name__)

DEV_JWT_SECRET = "dev-secret-change-me"
# Placeholders from .env.example and the customer's sample that must never sign real tokens.
INSECURE_JWT_SECRETS = {DEV_JWT_SECRET, "change-me", "devsecret"}
DEFAULT_CORS_ORIGINS = "http://localhost:5173,http://localhost:3000"


class ConfigError(Exception):
    """Raised when the configuration cannot be used as it is."""


def check_database_url(url: str) -> None:
    """Raise ConfigError for a DATABASE_URL that libpq cannot parse, without echoing it (it may hold a password)."""
    if not url:
        return
    if "://" in url and not url.startswith("postgresql://"):
        scheme = url.split("://", 1)[0]
        raise ConfigError(f"DATABASE_URL must start with postgresql:// or postgresql+psycopg2://, not {scheme}://")
    try:
        psycopg2.extensions.parse_dsn(url)
    except psycopg2.ProgrammingError:
        raise ConfigError(
            "DATABASE_URL is not a valid PostgreSQL URL; expected postgresql://user:password@host:5432/dbname"
        ) from None


def normalize_database_url(url: str) -> str:
    """Accept the SQLAlchemy form postgresql+psycopg2:// as well as postgresql://."""
    url = url.strip()
    for prefix in ("postgresql+psycopg2://", "postgres+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql://" + url[len(prefix):]
    if url.startswith("postgres://"):
        return "postgresql://" + url[len("postgres://"):]
    return url


def _number_from_env(name: str, default, kind: type, minimum) -> int | float:
    """Read a whole number (kind=int) or a number (kind=float) of at least `minimum`."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        noun = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{name} must be {noun}, got {raw!r}") from None
    if value != value or value < minimum:  # value != value is true for NaN
        raise ConfigError(f"{name} must be at least {minimum}, got {raw!r}")
    return value


@dataclass
class Settings:
    """Everything the app reads from the environment, with its defaults."""

    database_url: str = ""
    jwt_secret: str = DEV_JWT_SECRET
    jwt_algorithm: str = "HS256"
    jwt_expires_minutes: int = 1440
    openai_api_key: str = ""
    openai_base_url: str = ""
    openai_model: str = "gpt-4o-mini"
    openai_timeout_seconds: float = 20.0
    openai_max_retries: int = 2
    smartbot_send_limit: str = "20 per minute"
    auth_limit: str = "10 per minute"
    cors_origins: list[str] = field(default_factory=list)
    debug: bool = False
    testing: bool = False

    @classmethod
    def from_env(cls) -> "Settings":
        """Build settings from os.environ; call load_dotenv() first to include .env."""
        origins = os.environ.get("CORS_ORIGINS", DEFAULT_CORS_ORIGINS)
        database_url = normalize_database_url(os.environ.get("DATABASE_URL", ""))
        check_database_url(database_url)
        return cls(
            database_url=database_url,
            jwt_secret=os.environ.get("JWT_SECRET", "").strip() or DEV_JWT_SECRET,
            jwt_algorithm=os.environ.get("JWT_ALG", "").strip() or "HS256",
            jwt_expires_minutes=_number_from_env("JWT_EXPIRES_MINUTES", 1440, int, minimum=1),
            openai_api_key=os.environ.get("OPENAI_API_KEY", "").strip(),
            openai_base_url=os.environ.get("OPENAI_BASE_URL", "").strip(),
            openai_model=os.environ.get("OPENAI_MODEL", "").strip() or "gpt-4o-mini",
            openai_timeout_seconds=_number_from_env("OPENAI_TIMEOUT_SECONDS", 20.0, float, minimum=0.1),
            openai_max_retries=_number_from_env("OPENAI_MAX_RETRIES", 2, int, minimum=0),
            smartbot_send_limit=os.environ.get("SMARTBOT_SEND_LIMIT", "").strip() or "20 per minute",
            auth_limit=os.environ.get("AUTH_LIMIT", "").strip() or "10 per minute",
            cors_origins=[o.strip() for o in origins.split(",") if o.strip()],
            debug=os.environ.get("FLASK_DEBUG", "").strip().lower() in ("1", "true", "yes"),
        )

    def check_secret(self) -> None:
        """Reject a placeholder JWT secret outside debug and testing."""
        if self.jwt_secret not in INSECURE_JWT_SECRETS:
            return
        if self.debug or self.testing:
            logger.warning("JWT_SECRET is a placeholder: fine for development and tests, never in production")
            return
        raise ConfigError(
            "JWT_SECRET is empty or a placeholder: set it in .env to a long random string "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe(48))'), "
            "or set FLASK_DEBUG=1 for local development"
        )
