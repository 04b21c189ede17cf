"""An embedded PostgreSQL server (the pgserver wheel) for running without DATABASE_URL."""

import logging
import os
import warnings
from pathlib import Path

import psycopg2
from psycopg2 import sql

logger = logging.getLogger(__name__)

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = PROJECT_DIR / "var" / "pgdata"
DATABASE_NAME = "jobboard"

# Keeps each started server's handle alive: pgserver stops the server when
# the last handle of the process that started it is collected at exit.
_servers: dict[Path, object] = {}


class EmbeddedDatabaseError(Exception):
    """Raised when the embedded server cannot be started."""


def start_embedded_database(data_dir: Path = DEFAULT_DATA_DIR, database: str = DATABASE_NAME) -> str:
    """Start (or reuse) the embedded server whose data lives in data_dir; return a URL to `database`.

    The server stops when this process exits; the data stays in data_dir.
    """
    data_dir = Path(data_dir).resolve()
    if data_dir not in _servers:
        try:
            with warnings.catch_warnings():
                # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); it falls back to /tmp.
                warnings.simplefilter("ignore")
                import pgserver

                data_dir.mkdir(parents=True, exist_ok=True)
                _servers[data_dir] = pgserver.get_server(data_dir, cleanup_mode="stop")
        except Exception as exc:  # pgserver raises plain errors from initdb/pg_ctl
            log_tail = _read_log_tail(data_dir / "log")
            raise EmbeddedDatabaseError(
                f"could not start the embedded PostgreSQL in {data_dir}: {exc}{log_tail}"
            ) from exc
        logger.debug("Embedded PostgreSQL running with data in %s", data_dir)

    server = _servers[data_dir]
    create_database_if_missing(server.get_uri(), database)
    return server.get_uri(database)


def create_database_if_missing(admin_url: str, database: str) -> None:
    conn = psycopg2.connect(admin_url)
    try:
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %(name)s", {"name": database})
            if cur.fetchone() is None:
                cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
                logger.info("Created database %s", database)
    finally:
        conn.close()


def _read_log_tail(log_path: Path) -> str:
    try:
        lines = log_path.read_text(errors="replace").strip().splitlines()[-3:]
    except OSError:
        return ""
    return " (server log: " + " | ".join(lines) + ")" if lines else ""


def data_dir_from_env() -> Path:
    """Return the embedded server's data folder: JOBBOARD_DATA_DIR or var/pgdata."""
    return Path(os.environ.get("JOBBOARD_DATA_DIR", "").strip() or DEFAULT_DATA_DIR)
