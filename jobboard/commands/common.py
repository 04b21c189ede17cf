"""What the commands share: settings, the database URL, and one-line errors."""

import click
import psycopg2
from dotenv import load_dotenv

from jobboard.config import ConfigError, Settings
from jobboard.db import Database, DatabaseUnavailable
from jobboard.embedded_db import EmbeddedDatabaseError, data_dir_from_env, start_embedded_database


def load_settings() -> Settings:
    load_dotenv()
    try:
        return Settings.from_env()
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


def resolve_database_url(settings: Settings) -> str:
    """Return DATABASE_URL, or start the embedded server when it is empty."""
    if settings.database_url:
        return settings.database_url
    try:
        url = start_embedded_database(data_dir_from_env())
    except EmbeddedDatabaseError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Using the embedded PostgreSQL with data in {data_dir_from_env()}")
    return url


def open_database(url: str) -> Database:
    """Return a Database whose server answers, or fail with one clear line."""
    database = Database(url)
    try:
        database.release(database.acquire())
    except DatabaseUnavailable as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "no answer"
        raise click.ClickException(f"cannot connect to PostgreSQL ({redact(url)}): {reason}") from None
    return database


def redact(url: str) -> str:
    """Hide the password of a connection URL for messages."""
    try:
        parsed = psycopg2.extensions.parse_dsn(url)
    except psycopg2.ProgrammingError:
        return "<invalid DATABASE_URL>"
    host = parsed.get("host", "localhost")
    return f"{parsed.get('user', '')}@{host}:{parsed.get('port', '5432')}/{parsed.get('dbname', '')}"
