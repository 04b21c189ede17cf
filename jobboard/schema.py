"""Apply the SQL files in sql/ the way pgAdmin does: each whole file as one batch."""

import logging
from pathlib import Path

import psycopg2

logger = logging.getLogger(__name__)

SQL_DIR = Path(__file__).resolve().parent.parent / "sql"
CREATE_TABLES = SQL_DIR / "create_tables.sql"
INSERT_SEED = SQL_DIR / "insert_seed.sql"


class SQLFileError(Exception):
    """Raised when a SQL file cannot be read or PostgreSQL rejects it."""


def run_sql_file(conn, path: Path) -> None:
    """Send the whole file in one execute inside one transaction; roll back on any error."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SQLFileError(f"cannot read {path}: {exc}") from exc
    try:
        with conn:
            with conn.cursor() as cur:
                cur.execute(text)
    except psycopg2.OperationalError:
        raise
    except psycopg2.Error as exc:
        first_line = (exc.pgerror or str(exc)).strip().splitlines()[0]
        raise SQLFileError(f"{Path(path).name} failed: {first_line}") from exc
    logger.debug("Applied %s", Path(path).name)


def schema_exists(conn) -> bool:
    """Tell whether create_tables.sql has run (the users table is there)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('public.users') IS NOT NULL AS present")
        present = cur.fetchone()["present"]
    conn.rollback()
    return present


def database_is_empty(conn) -> bool:
    """Tell whether there are no users yet, so the demo data may be loaded."""
    with conn.cursor() as cur:
        cur.execute("SELECT NOT EXISTS (SELECT 1 FROM users) AS empty")
        empty = cur.fetchone()["empty"]
    conn.rollback()
    return empty
