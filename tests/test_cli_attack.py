"""Hostile input to the `jobboard` commands, found by attacking them from a terminal.

Every failure must be one clear `Error:` or `ERROR` line and a non-zero exit,
never a traceback, and never a password from DATABASE_URL.
"""

import json
import shutil

import pytest

from jobboard import create_app
from jobboard.commands import cli
from tests.conftest import PROJECT_DIR, RESUME, VACANCY, make_settings, sign_up
from tests.test_cli import cli_db  # noqa: F401  (a fixture: an empty database named in DATABASE_URL)

GOOD_TRANSCRIPT = PROJECT_DIR / "tests" / "dialogs" / "ru_python_strong.json"
SECRET = "S3cr3t-Pass-42"


def transcript_with(tmp_path, file_name: str, **changes) -> str:
    """Write a passing transcript to `file_name` with `changes` applied and return the folder.

    A `vacancy` change is merged into the vacancy, and the other changes replace top-level keys.
    """
    data = json.loads(GOOD_TRANSCRIPT.read_text(encoding="utf-8"))
    data["vacancy"].update(changes.pop("vacancy", {}))
    data.update(changes)
    # ASCII escapes keep a lone surrogate writable, and json.loads turns them back into text.
    (tmp_path / file_name).write_text(json.dumps(data), encoding="utf-8")
    return str(tmp_path)


def assert_no_traceback(result):
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


# replay


@pytest.mark.parametrize("salary", [
    pytest.param("много", id="text"),
    pytest.param({"from": 1}, id="object"),
    pytest.param(10**400, id="400-digit-integer"),
])
def test_replay_bad_salary_is_one_error_line(runner, tmp_path, salary):
    folder = transcript_with(tmp_path, "bad_salary.json", vacancy={"salary_min": salary})

    result = runner.invoke(cli, ["replay", "--quiet", folder])

    assert_no_traceback(result)
    assert result.exit_code == 1
    assert "ERROR" in result.output
    assert "bad_salary.json" in result.output


def test_replay_bad_transcript_does_not_stop_the_rest(runner, tmp_path):
    shutil.copy(GOOD_TRANSCRIPT, tmp_path / "a_good.json")
    transcript_with(tmp_path, "b_bad_salary.json", vacancy={"salary_min": "много"})
    shutil.copy(GOOD_TRANSCRIPT, tmp_path / "c_good.json")

    result = runner.invoke(cli, ["replay", "--quiet", str(tmp_path)])

    assert_no_traceback(result)
    assert "PASS" in result.output
    assert "c_good.json" in result.output
    assert "3 transcripts: 2 passed, 0 failed, 1 unreadable" in result.output


def test_replay_lone_surrogate_in_name_is_not_traceback(runner, tmp_path):
    folder = transcript_with(tmp_path, "surrogate.json", name="Python \ud800 разработчик")

    result = runner.invoke(cli, ["replay", "--quiet", folder])

    assert_no_traceback(result)
    assert "1 transcript:" in result.output


# DATABASE_URL


@pytest.mark.parametrize("url", [
    pytest.param(f"mysql://admin:{SECRET}@127.0.0.1/jobboard", id="other-scheme"),
    pytest.param(f"postgresql://admin:{SECRET}@[::1:5432/jobboard", id="unclosed-ipv6-bracket"),
    pytest.param(f"jobboard admin {SECRET}", id="not-a-url"),
])
def test_db_init_malformed_url_hides_password(runner, monkeypatch, url):
    monkeypatch.setenv("DATABASE_URL", url)

    result = runner.invoke(cli, ["db-init"])

    assert_no_traceback(result)
    assert result.exit_code == 1
    assert SECRET not in result.output
    assert result.output.startswith("Error:")
    assert len(result.output.strip().splitlines()) == 1


# rescore


def test_rescore_without_tables_is_one_line_error(runner, cli_db):
    result = runner.invoke(cli, ["rescore"])

    assert_no_traceback(result)
    assert result.exit_code == 1
    assert "Error:" in result.output
    assert "db-init" in result.output


def test_rescore_keeps_score_of_dialog_in_progress(runner, cli_db):
    assert runner.invoke(cli, ["db-init"]).exit_code == 0
    app = create_app(make_settings(cli_db))
    try:
        client = app.test_client()
        employer = sign_up(client, "rescore-hr@example.kz", "employer")
        seeker = sign_up(client, "rescore-seeker@example.kz", "job_seeker")
        job = employer.post("/jobs", json=VACANCY).get_json()
        resume = seeker.post("/resumes", json=RESUME).get_json()
        application = seeker.post("/applications", json={"job_id": job["id"], "resume_id": resume["id"]}).get_json()
        reply = seeker.post("/smartbot/send", json={"session_id": application["session_id"],
                                                    "user_text": "С Docker работаю три года в продакшене."})
        assert reply.status_code == 200, reply.get_json()
        live_score = reply.get_json()["session"]["relevance_score"]

        result = runner.invoke(cli, ["rescore"])
        after = seeker.get(f"/smartbot/session/{application['id']}").get_json()
    finally:
        app.extensions["database"].close()

    # Nothing changed in the model or the dialog, so the dialog keeps the score the candidate sees.
    assert result.exit_code == 0, result.output
    assert "1 sessions checked, 0 changed" in result.output
    assert after["relevance_score"] == live_score
