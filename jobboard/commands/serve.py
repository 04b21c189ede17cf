"""The `serve` command: the API and the built SPA behind gunicorn."""

import os
import socket

import click
from gunicorn.app.base import BaseApplication

from jobboard.commands.common import load_settings, open_database, resolve_database_url
from jobboard.config import ConfigError
from jobboard.schema import CREATE_TABLES, INSERT_SEED, SQLFileError, database_is_empty, run_sql_file


class GunicornServer(BaseApplication):
    """Runs an already built Flask app in gunicorn's threaded worker."""

    def __init__(self, app, options: dict):
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


def ensure_port_free(host: str, port: int) -> None:
    """Fail in one line when the address is taken, instead of gunicorn's retry loop."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        raise click.ClickException(
            f"cannot listen on {host}:{port} ({error.strerror}); stop the other server or set PORT / --port"
        ) from None


def prepare_database(url: str) -> None:
    """Apply the schema; load the demo data when the database has no users."""
    database = open_database(url)
    try:
        with database.connection() as conn:
            run_sql_file(conn, CREATE_TABLES)
            if database_is_empty(conn):
                run_sql_file(conn, INSERT_SEED)
                click.echo("Loaded the demo data (sql/insert_seed.sql)")
    except SQLFileError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        database.close()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help="Port to listen on  [default: $PORT or 8000]")
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True,
              help="Requests served at once (one worker process; the rate limiter counts per process).")
@click.option("--skip-setup", is_flag=True, help="Do not apply the schema or load the demo data first.")
def serve(host: str, port: int | None, threads: int, skip_setup: bool) -> None:
    """Serve the API and the web interface (with the embedded PostgreSQL when DATABASE_URL is empty)."""
    from jobboard import create_app

    if port is None:
        raw_port = os.environ.get("PORT", "").strip() or "8000"
        if not raw_port.isdigit() or not 1 <= int(raw_port) <= 65535:
            raise click.ClickException(f"PORT must be a port number from 1 to 65535, got {raw_port!r}")
        port = int(raw_port)

    ensure_port_free(host, port)
    settings = load_settings()
    settings.database_url = resolve_database_url(settings)
    if not skip_setup:
        prepare_database(settings.database_url)
    try:
        app = create_app(settings)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None

    click.echo(f"JobBoard is serving on http://{host}:{port} (SmartBot: {app.extensions['smartbot'].mode})")
    GunicornServer(app, {
        "bind": f"{host}:{port}",
        "workers": 1,
        "worker_class": "gthread",
        "threads": threads,
        # Streamed SmartBot replies may take as long as the model's timeout and retries.
        "timeout": 120,
        "graceful_timeout": 10,
        # gunicorn answers longer request lines and headers itself, as HTML
        # rather than the JSON error envelope; these are its largest limits.
        "limit_request_line": 8190,
        "limit_request_field_size": 16380,
        # gunicorn 27's control socket is one path per user, shared by every
        # server that user runs; nothing here uses it.
        "control_socket_disable": True,
        "accesslog": "-",
        "loglevel": "info",
    }).run()
