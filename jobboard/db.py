"""PostgreSQL access: a connection pool, one connection per request, dict rows."""

import logging
import threading
from contextlib import contextmanager
from typing import Iterator

import psycopg2
import psycopg2.extras
import psycopg2.pool
from flask import Flask, current_app, g

logger = logging.getLogger(__name__)

# Errors that mean the server cannot be reached or the connection is gone,
# as opposed to an error in a statement.
CONNECTION_ERRORS = (psycopg2.OperationalError, psycopg2.InterfaceError, psycopg2.pool.PoolError)

# psycopg2 pools keep at most minconn idle connections and close the rest
# when they are returned, so minconn is also the number kept open for reuse.
POOL_IDLE_CONNECTIONS = 8
POOL_MAX_CONNECTIONS = 20
CONNECT_TIMEOUT_SECONDS = 5


class DatabaseUnavailable(Exception):
    """Raised when no working connection to PostgreSQL can be had."""


class Database:
    """A lazily created thread-safe pool for one DATABASE_URL."""

    def __init__(self, url: str):
        self.url = url
        self._pool: psycopg2.pool.ThreadedConnectionPool | None = None
        self._lock = threading.Lock()

    def _get_pool(self) -> psycopg2.pool.ThreadedConnectionPool:
        with self._lock:
            if self._pool is None:
                # Created on first use, not at start-up, so the app starts
                # while PostgreSQL is down and connects once it is back.
                self._pool = psycopg2.pool.ThreadedConnectionPool(
                    POOL_IDLE_CONNECTIONS,
                    POOL_MAX_CONNECTIONS,
                    self.url,
                    connect_timeout=CONNECT_TIMEOUT_SECONDS,
                    cursor_factory=psycopg2.extras.RealDictCursor,
                    application_name="jobboard",
                )
            return self._pool

    def acquire(self):
        """Check out a connection that answered a ping; raise DatabaseUnavailable otherwise."""
        try:
            pool = self._get_pool()
        except CONNECTION_ERRORS as exc:
            raise DatabaseUnavailable(str(exc).strip()) from exc
        # A pooled connection may be dead after a server restart: drop it and
        # try fresh ones, POOL_MAX_CONNECTIONS at most, before giving up.
        for _ in range(POOL_MAX_CONNECTIONS + 1):
            try:
                conn = pool.getconn()
            except CONNECTION_ERRORS as exc:
                raise DatabaseUnavailable(str(exc).strip()) from exc
            try:
                with conn.cursor() as cur:
                    cur.execute("SELECT 1")
                conn.rollback()
                return conn
            except CONNECTION_ERRORS:
                pool.putconn(conn, close=True)
        raise DatabaseUnavailable("every pooled connection failed its ping")

    def release(self, conn, broken: bool = False) -> None:
        """Return a connection to the pool, rolling back anything left open."""
        if self._pool is None:
            return
        close = broken or conn.closed
        if not close:
            try:
                conn.rollback()
            except CONNECTION_ERRORS:
                close = True
        self._pool.putconn(conn, close=close)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.closeall()
                self._pool = None

    @contextmanager
    def connection(self) -> Iterator:
        """Lend a connection outside a request (CLI, background work)."""
        conn = self.acquire()
        broken = False
        try:
            yield conn
        except CONNECTION_ERRORS:
            broken = True
            raise
        finally:
            self.release(conn, broken=broken)


def init_app(app: Flask, url: str) -> None:
    app.extensions["database"] = Database(url)
    app.teardown_appcontext(_release_request_connection)


def get_database() -> Database:
    return current_app.extensions["database"]


def get_db():
    """Return this request's connection, checking one out on first use."""
    if "db_conn" not in g:
        g.db_conn = get_database().acquire()
    return g.db_conn


def detach_request_connection():
    """Take this request's connection away from teardown; the caller must release it."""
    return g.pop("db_conn")


def mark_connection_broken() -> None:
    """Make teardown close this request's connection instead of pooling it."""
    g.db_conn_broken = True


def _release_request_connection(_exc: BaseException | None) -> None:
    conn = g.pop("db_conn", None)
    if conn is not None:
        get_database().release(conn, broken=g.pop("db_conn_broken", False))
