"""The `jobboard` administration commands."""

import subprocess
import sys

import pytest

from jobboard.commands import cli
from tests.conftest import PROJECT_DIR, connect, database_url_for


@pytest.fixture
def cli_db(monkeypatch):
    """A database of its own, empty, named in DATABASE_URL as the commands read it."""
    url = database_url_for("jobboard_cli")
    conn = connect(url)
    with conn, conn.cursor() as cur:
        cur.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    conn.close()
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def count_users(url: str) -> int:
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT COUNT(*) AS n FROM users")
            return cur.fetchone()["n"]
    finally:
        conn.close()


def test_db_init_creates_tables_only(runner, cli_db):
    result = runner.invoke(cli, ["db-init"])

    assert result.exit_code == 0, result.output
    assert "Applied create_tables.sql" in result.output
    assert count_users(cli_db) == 0


def test_db_init_with_seed_then_seed_again_adds_nothing(runner, cli_db):
    first = runner.invoke(cli, ["db-init", "--seed"])
    second = runner.invoke(cli, ["seed"])

    assert first.exit_code == 0, first.output
    assert "Applied insert_seed.sql" in first.output
    assert second.exit_code == 0, second.output
    assert count_users(cli_db) == 4


def test_sqlalchemy_style_url_is_accepted(runner, cli_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", cli_db.replace("postgresql://", "postgresql+psycopg2://", 1))

    result = runner.invoke(cli, ["db-init"])

    assert result.exit_code == 0, result.output


def test_unreachable_database_is_one_line_error(runner, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody:secret-password@127.0.0.1:1/none")

    result = runner.invoke(cli, ["db-init"])

    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot connect to PostgreSQL")
    assert len(result.output.strip().splitlines()) == 1
    assert "secret-password" not in result.output
    assert "Traceback" not in result.output


def test_bad_sql_file_is_one_line_error_and_rolls_back(runner, cli_db, tmp_path, monkeypatch):
    broken = tmp_path / "create_tables.sql"
    broken.write_text("CREATE TABLE half_done (id INT);\nCREATE TABLE broken (id NOPE);\n")
    monkeypatch.setattr("jobboard.commands.database.CREATE_TABLES", broken)

    result = runner.invoke(cli, ["db-init"])

    assert result.exit_code == 1
    assert "create_tables.sql failed" in result.output
    assert "Traceback" not in result.output
    conn = connect(cli_db)
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass('public.half_done') IS NULL AS absent")
        assert cur.fetchone()["absent"] is True
    conn.close()


def test_serve_rejects_bad_port_env(runner, monkeypatch):
    monkeypatch.setenv("PORT", "eighty")

    result = runner.invoke(cli, ["serve"])

    assert result.exit_code == 1
    assert "PORT must be a port number" in result.output


def test_serve_refuses_placeholder_secret_outside_debug(runner, cli_db, monkeypatch):
    monkeypatch.setenv("JWT_SECRET", "change-me")
    monkeypatch.delenv("FLASK_DEBUG", raising=False)

    result = runner.invoke(cli, ["serve", "--port", "8765"])

    assert result.exit_code == 1
    assert "JWT_SECRET is empty or a placeholder" in result.output


@pytest.mark.parametrize("command", ["db-init", "seed", "serve", "replay", "rescore"])
def test_every_command_has_help(runner, command):
    result = runner.invoke(cli, [command, "--help"])

    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_cli_py_runs_the_same_group():
    result = subprocess.run([sys.executable, "cli.py", "--help"], cwd=PROJECT_DIR,
                            capture_output=True, text=True, timeout=60)

    assert result.returncode == 0
    for command in ("db-init", "seed", "serve"):
        assert command in result.stdout


def session_score(url: str):
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT relevance_score, reasons_json FROM ai_chat_sessions ORDER BY id LIMIT 1")
            return cur.fetchone()
    finally:
        conn.close()


def test_rescore_dry_run_changes_nothing(runner, cli_db):
    runner.invoke(cli, ["db-init", "--seed"])
    before = session_score(cli_db)

    result = runner.invoke(cli, ["rescore", "--dry-run"])

    assert result.exit_code == 0, result.output
    assert "Dry run: 1 sessions checked, 1 changed" in result.output
    assert session_score(cli_db) == before


def test_rescore_updates_then_second_run_changes_nothing(runner, cli_db):
    runner.invoke(cli, ["db-init", "--seed"])

    first = runner.invoke(cli, ["rescore", "--batch", "1"])
    after_first = session_score(cli_db)
    second = runner.invoke(cli, ["rescore"])

    assert first.exit_code == 0, first.output
    assert "1 sessions checked, 1 changed" in first.output
    assert "84.50 ->" in first.output
    assert set(after_first["reasons_json"]) >= {"skills", "experience"}
    assert "1 sessions checked, 0 changed" in second.output
    assert session_score(cli_db) == after_first


def test_rescore_filters_by_job_and_date(runner, cli_db):
    runner.invoke(cli, ["db-init", "--seed"])

    conn = connect(cli_db)
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM jobs WHERE title LIKE 'Медицинская сестра%'")
        job_without_sessions = cur.fetchone()["id"]
    conn.close()

    by_job = runner.invoke(cli, ["rescore", "--dry-run", "--job", str(job_without_sessions)])
    by_date = runner.invoke(cli, ["rescore", "--dry-run", "--since", "2999-01-01"])
    bad_date = runner.invoke(cli, ["rescore", "--since", "yesterday"])
    unknown_job = runner.invoke(cli, ["rescore", "--job", "999"])

    assert "0 sessions checked" in by_job.output
    assert "0 sessions checked" in by_date.output
    assert unknown_job.exit_code == 1
    assert "vacancy 999 not found" in unknown_job.output
    assert bad_date.exit_code == 2
    assert "Invalid value for '--since'" in bad_date.output


def test_serve_on_busy_port_is_one_line_error(runner):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        result = runner.invoke(cli, ["serve", "--port", str(port)])

    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_replay_skips_fifo_named_json(runner, tmp_path):
    import os
    import shutil

    shutil.copy(PROJECT_DIR / "tests" / "dialogs" / "ru_python_strong.json", tmp_path / "good.json")
    os.mkfifo(tmp_path / "pipe.json")

    result = runner.invoke(cli, ["replay", "--quiet", str(tmp_path)])

    assert result.exit_code == 0, result.output
    assert "1 transcript: 1 passed" in result.output
