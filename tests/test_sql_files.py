"""The SQL files, run as pgAdmin runs them (each whole file as one batch) and with psql."""

import shutil
import subprocess
from pathlib import Path

import pytest

from jobboard.schema import CREATE_TABLES, INSERT_SEED
from tests.conftest import connect, database_url_for, reset_schema, run_file

TABLES = ["users", "jobs", "resumes", "job_applications", "ai_chat_sessions", "ai_chat_messages"]


def psql_binary() -> str:
    from pgserver._commands import POSTGRES_BIN_PATH

    bundled = Path(POSTGRES_BIN_PATH) / "psql"
    return str(bundled) if bundled.exists() else shutil.which("psql")


@pytest.fixture
def sql_db():
    """An empty database of its own, so these tests can drop and recreate everything."""
    url = database_url_for("jobboard_sql_files")
    conn = connect(url)
    with conn, conn.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    conn.close()
    return url


def counts(url: str) -> dict:
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            result = {}
            for table in TABLES:
                cur.execute(f"SELECT COUNT(*) AS n FROM {table}")
                result[table] = cur.fetchone()["n"]
            return result
    finally:
        conn.close()


def test_create_tables_twice_on_empty_database(sql_db):
    run_file(sql_db, CREATE_TABLES)
    run_file(sql_db, CREATE_TABLES)

    assert counts(sql_db) == dict.fromkeys(TABLES, 0)


def test_seed_has_the_customers_counts(sql_db):
    run_file(sql_db, CREATE_TABLES)
    run_file(sql_db, INSERT_SEED)

    assert counts(sql_db) == {"users": 4, "jobs": 3, "resumes": 2, "job_applications": 2,
                              "ai_chat_sessions": 1, "ai_chat_messages": 4}
    conn = connect(sql_db)
    with conn.cursor() as cur:
        cur.execute("SELECT user_type, COUNT(*) AS n FROM users GROUP BY user_type ORDER BY user_type")
        assert [(r["user_type"], r["n"]) for r in cur.fetchall()] == [("employer", 2), ("job_seeker", 2)]
        cur.execute("SELECT role FROM ai_chat_messages ORDER BY created_at, id")
        assert [r["role"] for r in cur.fetchall()] == ["system", "assistant", "candidate", "assistant"]
        cur.execute("SELECT is_completed, relevance_score, summary_text, reasons_json FROM ai_chat_sessions")
        session = cur.fetchone()
    conn.close()
    assert session["is_completed"] is True
    assert 0 <= session["relevance_score"] <= 100
    assert session["summary_text"]
    assert set(session["reasons_json"]) >= {"skills", "experience", "location", "salary"}


def test_both_files_twice_on_filled_database_change_nothing(sql_db):
    run_file(sql_db, CREATE_TABLES)
    run_file(sql_db, INSERT_SEED)
    conn = connect(sql_db)
    with conn, conn.cursor() as cur:
        cur.execute("""INSERT INTO users (email, hashed_password, full_name, user_type)
                       VALUES ('own@example.kz', 'x', 'Өз қолданушы', 'employer') RETURNING id""")
        own_id = cur.fetchone()["id"]
        cur.execute("""INSERT INTO jobs (employer_id, title, description)
                       VALUES (%s, 'Python-разработчик (Backend)', 'Тот же заголовок, другой работодатель')""",
                    (own_id,))
    conn.close()
    before = counts(sql_db)

    for _ in range(2):
        run_file(sql_db, CREATE_TABLES)
        run_file(sql_db, INSERT_SEED)

    assert counts(sql_db) == before
    conn = connect(sql_db)
    with conn.cursor() as cur:
        cur.execute("SELECT full_name FROM users WHERE email = 'own@example.kz'")
        assert cur.fetchone()["full_name"] == "Өз қолданушы"
    conn.close()


def test_views_show_the_seeded_dialog(sql_db):
    run_file(sql_db, CREATE_TABLES)
    run_file(sql_db, INSERT_SEED)
    conn = connect(sql_db)
    with conn.cursor() as cur:
        cur.execute("SELECT job_title, candidate_name, relevance_score FROM employer_applications_overview "
                    "WHERE relevance_score IS NOT NULL")
        row = cur.fetchone()
        cur.execute("SELECT role FROM employer_application_chat")
        roles = [r["role"] for r in cur.fetchall()]
    conn.close()
    assert row["job_title"] == "Python-разработчик (Backend)"
    assert row["candidate_name"] == "Айгерім Нұрланқызы"
    assert roles == ["system", "assistant", "candidate", "assistant"]


def test_updated_at_trigger_moves_on_update(sql_db):
    run_file(sql_db, CREATE_TABLES)
    run_file(sql_db, INSERT_SEED)
    conn = connect(sql_db)
    with conn, conn.cursor() as cur:
        cur.execute("UPDATE jobs SET updated_at = '2000-01-01' WHERE id = (SELECT MIN(id) FROM jobs)")
    with conn, conn.cursor() as cur:
        cur.execute("UPDATE jobs SET title = title || '!' WHERE id = (SELECT MIN(id) FROM jobs) RETURNING updated_at")
        assert cur.fetchone()["updated_at"].year > 2000
    conn.close()


@pytest.mark.parametrize("statement", [
    "INSERT INTO users (email, hashed_password, full_name, user_type) VALUES ('a@b.kz', 'x', 'A', 'admin')",
    "INSERT INTO ai_chat_sessions (application_id, lang) VALUES (1, 'en')",
    "INSERT INTO ai_chat_messages (session_id, role, content) VALUES (1, 'user', 'x')",
    "INSERT INTO jobs (employer_id, title, description, employment_type) VALUES (1, 't', 'd', 'gig')",
    "INSERT INTO job_applications (user_id, job_id, status) VALUES (3, 1, 'hired')",
])
def test_check_constraints_reject_unknown_values(sql_db, statement):
    import psycopg2

    run_file(sql_db, CREATE_TABLES)
    run_file(sql_db, INSERT_SEED)
    conn = connect(sql_db)
    with pytest.raises(psycopg2.errors.CheckViolation):
        with conn, conn.cursor() as cur:
            cur.execute(statement)
    conn.close()


def test_files_run_with_psql_on_error_stop(sql_db):
    psql = psql_binary()
    assert psql, "no psql found (neither pgserver's nor the system's)"

    for _ in range(2):
        for path in (CREATE_TABLES, INSERT_SEED):
            result = subprocess.run([psql, sql_db, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(path)],
                                    capture_output=True, text=True, timeout=120)
            assert result.returncode == 0, result.stderr

    assert counts(sql_db)["users"] == 4


def test_schema_uses_no_extensions_or_generated_columns():
    text = CREATE_TABLES.read_text(encoding="utf-8").upper()

    assert "CREATE EXTENSION" not in text
    assert "GENERATED ALWAYS" not in text
