"""Shared fixtures: a real PostgreSQL, the app, an HTTP client, the CLI runner, a live server.

The database is the embedded server (data in var/test-pgdata) unless
TEST_DATABASE_URL names another one. Its public schema is dropped and
recreated at the start of the run, and every table is emptied before each
test that uses the database.
"""

import os
import threading
from pathlib import Path

import psycopg2
import psycopg2.extras
import pytest
from click.testing import CliRunner
from werkzeug.serving import make_server

from jobboard import create_app
from jobboard.config import Settings, normalize_database_url
from jobboard.embedded_db import PROJECT_DIR, create_database_if_missing, start_embedded_database
from jobboard.schema import CREATE_TABLES, INSERT_SEED

TEST_DATA_DIR = PROJECT_DIR / "var" / "test-pgdata"
TABLES = "ai_chat_messages, ai_chat_sessions, job_applications, resumes, jobs, users"
TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256"
DEMO_PASSWORD = "demo12345"


def connect(url: str):
    return psycopg2.connect(url, cursor_factory=psycopg2.extras.RealDictCursor)


def run_file(url: str, path: Path) -> None:
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(path.read_text(encoding="utf-8"))
    finally:
        conn.close()


def reset_schema(url: str) -> None:
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        conn.close()
    run_file(url, CREATE_TABLES)


def database_url_for(name: str) -> str:
    """Return a URL to a test database called `name` on the test server, creating it if needed."""
    base = os.environ.get("TEST_DATABASE_URL", "").strip()
    if not base:
        return start_embedded_database(TEST_DATA_DIR, database=name)
    base = normalize_database_url(base)
    create_database_if_missing(base, name)
    dsn = psycopg2.extensions.parse_dsn(base)
    dsn["dbname"] = name
    return psycopg2.extensions.make_dsn(**dsn)


def make_settings(database_url: str, **overrides) -> Settings:
    values = dict(
        database_url=database_url,
        jwt_secret=TEST_JWT_SECRET,
        testing=True,
        smartbot_send_limit="1000 per minute",
        auth_limit="10000 per minute",
        cors_origins=["http://localhost:5173"],
    )
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def database_url() -> str:
    url = database_url_for("jobboard_test")
    reset_schema(url)
    return url


@pytest.fixture
def db(database_url):
    """An empty database (schema only) and a connection to it for assertions."""
    conn = connect(database_url)
    with conn, conn.cursor() as cur:
        cur.execute(f"TRUNCATE {TABLES} RESTART IDENTITY CASCADE")
    yield conn
    conn.close()


@pytest.fixture
def seeded_db(db):
    """The database with the demo data of sql/insert_seed.sql."""
    with db, db.cursor() as cur:
        cur.execute(INSERT_SEED.read_text(encoding="utf-8"))
    return db


@pytest.fixture(scope="session")
def app(database_url):
    application = create_app(make_settings(database_url))
    yield application
    application.extensions["database"].close()


@pytest.fixture
def client(app, db):
    return app.test_client()


@pytest.fixture
def runner():
    return CliRunner()


class ApiUser:
    """A signed-up user with a token, for tests that need one quickly."""

    def __init__(self, client, user: dict, token: str):
        self.client = client
        self.user = user
        self.id = user["id"]
        self.token = token
        self.headers = {"Authorization": f"Bearer {token}"}

    def get(self, path, headers=None, **kwargs):
        return self.client.get(path, headers={**self.headers, **(headers or {})}, **kwargs)

    def post(self, path, json=None, headers=None, **kwargs):
        return self.client.post(path, json=json, headers={**self.headers, **(headers or {})}, **kwargs)

    def put(self, path, json=None, headers=None, **kwargs):
        return self.client.put(path, json=json, headers={**self.headers, **(headers or {})}, **kwargs)

    def patch(self, path, json=None, headers=None, **kwargs):
        return self.client.patch(path, json=json, headers={**self.headers, **(headers or {})}, **kwargs)

    def delete(self, path, headers=None, **kwargs):
        return self.client.delete(path, headers={**self.headers, **(headers or {})}, **kwargs)


def sign_up(client, email: str, user_type: str, full_name: str = "Тест Тестов", password: str = "secret-pass-1"):
    response = client.post("/auth/register", json={
        "email": email, "password": password, "full_name": full_name, "user_type": user_type,
    })
    assert response.status_code == 201, response.get_json()
    login = client.post("/auth/login", json={"email": email, "password": password})
    assert login.status_code == 200, login.get_json()
    return ApiUser(client, response.get_json(), login.get_json()["access_token"])


VACANCY = {
    "title": "Python-разработчик",
    "description": "Разработка API платёжного сервиса на Flask и PostgreSQL.",
    "requirements": "Python, Flask, PostgreSQL, Docker. Опыт от 3 лет. Русский, казахский.",
    "location": "Алматы",
    "employment_type": "full_time",
    "experience_level": "middle",
    "salary_min": 700000,
    "salary_max": 1100000,
    "remote_work": False,
}

RESUME = {
    "title": "Backend-разработчик",
    "summary": "Пишу API на Python.",
    "experience": "5 лет backend-разработки на Flask и PostgreSQL.",
    "education": "КазНУ, информационные системы",
    "skills": "Python, Flask, PostgreSQL, Git",
    "languages": "Русский, қазақ тілі, English B2",
    "desired_position": "Python-разработчик",
    "desired_salary": 900000,
    "location": "Алматы",
}


@pytest.fixture
def employer(client):
    return sign_up(client, "employer@example.kz", "employer", "Айдана Сапарова")


@pytest.fixture
def other_employer(client):
    return sign_up(client, "other-employer@example.kz", "employer", "Ерлан Ахметов")


@pytest.fixture
def seeker(client):
    return sign_up(client, "seeker@example.kz", "job_seeker", "Айгерім Нұрланқызы")


@pytest.fixture
def other_seeker(client):
    return sign_up(client, "other-seeker@example.kz", "job_seeker", "Данияр Ермеков")


@pytest.fixture
def job(employer):
    response = employer.post("/jobs", json=VACANCY)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


@pytest.fixture
def resume(seeker):
    response = seeker.post("/resumes", json=RESUME)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


@pytest.fixture
def application(seeker, job, resume):
    response = seeker.post("/applications", json={"job_id": job["id"], "resume_id": resume["id"]})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


@pytest.fixture
def fake_llm():
    """A scripted OpenAI-compatible server on a free 127.0.0.1 port (see tests/smartbot/fake_openai.py)."""
    from tests.smartbot.fake_openai import FakeOpenAI

    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def live_server():
    """Serve the API and frontend/dist on a free 127.0.0.1 port over a seeded database of its own."""
    url = database_url_for("jobboard_e2e")
    reset_schema(url)
    run_file(url, INSERT_SEED)
    application = create_app(make_settings(url))
    server = make_server("127.0.0.1", 0, application, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    application.extensions["database"].close()
