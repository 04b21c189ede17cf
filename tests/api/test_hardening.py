"""Hostile input, races and faults that must still get a documented response.

Each test is a bug found by attacking a running server: the request that
broke the contract of docs/API.md, and the response the contract requires.
"""

import io
import json
import threading
import time

import pytest

from tests.conftest import RESUME, VACANCY

NUL_TEXT = "Python\u0000разработчик"


def assert_error(response, status, code):
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    body = response.get_json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def count_rows(db, table):
    with db.cursor() as cur:
        cur.execute(f"SELECT COUNT(*) AS n FROM {table}")
        return cur.fetchone()["n"]


def post_raw(user_or_client, path, body: str, headers=None):
    """POST a JSON text as it is, for bodies the test client's encoder would change."""
    client = getattr(user_or_client, "client", user_or_client)
    own_headers = getattr(user_or_client, "headers", {})
    return client.post(path, data=body.encode("utf-8", "surrogatepass"), content_type="application/json",
                       headers={**own_headers, **(headers or {})})


# PostgreSQL rejects NUL (U+0000) in text values, so the API must reject it first.


def test_register_with_nul_in_full_name_returns_422(client, db):
    response = client.post("/auth/register", json={
        "email": "nul@example.kz", "password": "secret-pass-1", "full_name": NUL_TEXT, "user_type": "job_seeker",
    })

    assert_error(response, 422, "validation_error")
    assert "full_name" in response.get_json()["error"]["fields"]
    assert count_rows(db, "users") == 0


def test_login_with_nul_in_email_is_not_500(client, db):
    response = client.post("/auth/login", json={"email": "nul\u0000@example.kz", "password": "secret-pass-1"})

    assert response.status_code in (401, 422), response.get_data(as_text=True)[:300]
    assert response.get_json()["error"]["code"] in ("invalid_credentials", "validation_error")


@pytest.mark.parametrize("field", ["title", "description", "requirements", "location"])
def test_create_job_with_nul_returns_422(employer, db, field):
    response = employer.post("/jobs", json={**VACANCY, field: NUL_TEXT})

    assert_error(response, 422, "validation_error")
    assert field in response.get_json()["error"]["fields"]
    assert count_rows(db, "jobs") == 0


def test_update_job_with_nul_keeps_vacancy(employer, job):
    response = employer.put(f"/jobs/{job['id']}", json={**VACANCY, "description": NUL_TEXT})

    assert_error(response, 422, "validation_error")
    assert employer.get(f"/jobs/{job['id']}").get_json()["description"] == VACANCY["description"]


@pytest.mark.parametrize("field", ["title", "skills", "experience", "portfolio_url"])
def test_create_resume_with_nul_returns_422(seeker, db, field):
    value = "https://example.kz/\u0000" if field == "portfolio_url" else NUL_TEXT

    response = seeker.post("/resumes", json={**RESUME, field: value})

    assert_error(response, 422, "validation_error")
    assert field in response.get_json()["error"]["fields"]
    assert count_rows(db, "resumes") == 0


def test_apply_with_nul_in_cover_letter_returns_422(seeker, job, db):
    response = seeker.post("/applications", json={"job_id": job["id"], "cover_letter": NUL_TEXT})

    assert_error(response, 422, "validation_error")
    assert "cover_letter" in response.get_json()["error"]["fields"]
    assert count_rows(db, "job_applications") == 0


def test_send_with_nul_returns_422(seeker, application, db):
    before = count_rows(db, "ai_chat_messages")

    response = seeker.post("/smartbot/send", json={"session_id": application["session_id"], "user_text": NUL_TEXT})

    assert_error(response, 422, "validation_error")
    assert "user_text" in response.get_json()["error"]["fields"]
    assert count_rows(db, "ai_chat_messages") == before


def test_nul_location_filter_is_not_500(client, employer, job):
    response = client.get("/jobs", query_string={"location": "Алма\u0000ты"})

    assert response.status_code in (200, 422), response.get_data(as_text=True)[:300]
    if response.status_code == 200:
        assert response.get_json()["total"] == 0
    else:
        assert "location" in response.get_json()["error"]["fields"]


# A JSON string may spell a lone UTF-16 surrogate (\ud800), which no UTF-8 text can hold.


@pytest.mark.parametrize("path, body_template, field", [
    ("/auth/register",
     '{"email": "s@example.kz", "password": "secret-pass-1", "full_name": %s, "user_type": "job_seeker"}',
     "full_name"),
    ("/auth/login", '{"email": %s, "password": "secret-pass-1"}', "email"),
])
def test_lone_surrogate_in_auth_body_is_not_500(client, db, path, body_template, field):
    response = post_raw(client, path, body_template % '"\\ud800"')

    assert response.status_code in (401, 422), response.get_data(as_text=True)[:300]
    if response.status_code == 422:
        assert field in response.get_json()["error"]["fields"]


def test_lone_surrogate_in_job_title_returns_422(employer, db):
    response = post_raw(employer, "/jobs", '{"title": "\\ud800", "description": "Описание"}')

    assert_error(response, 422, "validation_error")
    assert "title" in response.get_json()["error"]["fields"]
    assert count_rows(db, "jobs") == 0


def test_lone_surrogate_in_resume_returns_422(seeker, db):
    response = post_raw(seeker, "/resumes", '{"title": "Backend", "skills": "Python \\udfff"}')

    assert_error(response, 422, "validation_error")
    assert "skills" in response.get_json()["error"]["fields"]


def test_lone_surrogate_in_send_returns_422(seeker, application, db):
    before = count_rows(db, "ai_chat_messages")
    body = '{"session_id": %d, "user_text": "\\udfff\\ud800"}' % application["session_id"]

    response = post_raw(seeker, "/smartbot/send", body)

    assert_error(response, 422, "validation_error")
    assert count_rows(db, "ai_chat_messages") == before


# JSON that Python's decoder gives up on is a malformed body (400), not a bug (500).


@pytest.mark.parametrize("depth", [1000, 50000])
def test_deeply_nested_json_returns_400(client, db, depth):
    body = '{"email": ' + "[" * depth + "]" * depth + ', "password": "x"}'

    assert_error(post_raw(client, "/auth/login", body), 400, "bad_request")


def test_deeply_nested_object_in_job_returns_400(employer, db):
    body = '{"title": "t", "description": "d", "location": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}"

    assert_error(post_raw(employer, "/jobs", body), 400, "bad_request")


def test_integer_with_5000_digits_is_not_500(seeker, db):
    response = post_raw(seeker, "/applications", '{"job_id": ' + "1" * 5000 + "}")

    assert response.status_code in (400, 422), response.get_data(as_text=True)[:300]
    assert response.get_json()["error"]["code"] in ("bad_request", "validation_error")


def test_salary_with_5000_digits_is_not_500(employer, db):
    response = post_raw(employer, "/jobs", '{"title": "t", "description": "d", "salary_min": ' + "9" * 5000 + "}")

    assert response.status_code in (400, 422), response.get_data(as_text=True)[:300]
    assert count_rows(db, "jobs") == 0


# Numeric edges of money.


@pytest.mark.parametrize("value", ["1e-999999999", "0E-999999999"])
def test_salary_filter_tiny_exponent_is_not_500(client, employer, job, value):
    response = client.get("/jobs", query_string={"salary_min": value})

    assert response.status_code in (200, 422), response.get_data(as_text=True)[:300]
    if response.status_code == 200:
        assert response.get_json()["total"] == 1
    else:
        assert "salary_min" in response.get_json()["error"]["fields"]


def test_job_salary_accepts_documented_maximum(employer):
    # The maximum of NUMERIC(12,2) is 9 999 999 999.99, and the 422 message names it.
    response = employer.post("/jobs", json={**VACANCY, "salary_min": 1000, "salary_max": 9999999999.99})

    assert response.status_code == 201, response.get_json()
    assert response.get_json()["salary_max"] == 9999999999.99


def test_resume_salary_accepts_documented_maximum(seeker):
    response = seeker.post("/resumes", json={**RESUME, "desired_salary": 9999999999.99})

    assert response.status_code == 201, response.get_json()
    assert response.get_json()["desired_salary"] == 9999999999.99


def test_salary_filter_accepts_documented_maximum(client, db):
    response = client.get("/jobs", query_string={"salary_min": "9999999999.99"})

    assert response.status_code == 200, response.get_json()
    assert response.get_json()["total"] == 0


# Paths and bodies at the edge of what the server reads.


def test_get_path_with_long_segment_returns_404(app, client, tmp_path, monkeypatch):
    # The SPA handler looks for a file of that name under frontend/dist first.
    (tmp_path / "index.html").write_text("<!doctype html><title>SPA</title>", encoding="utf-8")
    monkeypatch.setitem(app.config, "SPA_DIST_DIR", str(tmp_path))

    response = client.get("/" + "a" * 300)

    assert_error(response, 404, "not_found")


def test_chunked_body_over_one_mebibyte_returns_413(client, db):
    body = json.dumps({"email": "a@example.kz", "password": "x" * (2 * 1024 * 1024)}).encode()

    response = client.post(
        "/auth/login",
        input_stream=io.BytesIO(body),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},
    )

    assert_error(response, 413, "payload_too_large")


def test_unknown_field_schema_returns_422(client, db):
    response = client.post("/auth/login", json={"email": "a@example.kz", "password": "secret", "_schema": 1})

    assert_error(response, 422, "validation_error")
    assert "_schema" in response.get_json()["error"]["fields"]


# Sign-in compares emails case-insensitively, so the email used at sign-up must work.


def test_login_with_dotted_capital_i_email(client, db):
    email = "İlyas@example.kz"
    registered = client.post("/auth/register", json={
        "email": email, "password": "secret-pass-1", "full_name": "Ілияс", "user_type": "job_seeker",
    })
    assert registered.status_code == 201, registered.get_json()

    response = client.post("/auth/login", json={"email": email, "password": "secret-pass-1"})

    assert response.status_code == 200, response.get_json()


# Application status workflow: any move the workflow forbids is 409.


def test_status_in_review_to_pending_returns_409(employer, application):
    moved = employer.patch(f"/applications/{application['id']}", json={"status": "in_review"})
    assert moved.status_code == 200

    response = employer.patch(f"/applications/{application['id']}", json={"status": "pending"})

    assert_error(response, 409, "invalid_status_transition")
    assert employer.get(f"/applications/{application['id']}").get_json()["status"] == "in_review"


# Concurrency: a second «Завершить» while the first is still running.


def ungranted_jobboard_locks(db) -> int:
    with db.cursor() as cur:
        cur.execute(
            """
            SELECT COUNT(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE a.application_name = 'jobboard' AND a.datname = current_database() AND NOT l.granted
            """
        )
        return cur.fetchone()["n"]


def test_concurrent_complete_returns_same_session(app, seeker, application, db, monkeypatch):
    session_id = application["session_id"]
    bot = app.extensions["smartbot"]
    original_complete = bot.complete
    first_inside = threading.Event()
    let_first_finish = threading.Event()

    def held_complete(ctx):
        first_inside.set()
        let_first_finish.wait(timeout=20)
        return original_complete(ctx)

    monkeypatch.setattr(bot, "complete", held_complete)
    results = {}

    def complete(name):
        own_client = app.test_client()
        results[name] = own_client.post(f"/smartbot/complete/{session_id}", headers=seeker.headers)

    first = threading.Thread(target=complete, args=("first",))
    first.start()
    assert first_inside.wait(timeout=20)
    second = threading.Thread(target=complete, args=("second",))
    second.start()
    # Let the first call finish once the second has returned or is waiting on a lock.
    deadline = time.monotonic() + 20
    while second.is_alive() and not ungranted_jobboard_locks(db) and time.monotonic() < deadline:
        second.join(timeout=0.05)
    let_first_finish.set()
    first.join(timeout=30)
    second.join(timeout=30)

    assert results["first"].status_code == 200
    assert results["second"].status_code == 200, results["second"].get_json()
    assert results["second"].get_json()["is_completed"] is True
    assert results["second"].get_json()["completed_at"] == results["first"].get_json()["completed_at"]


# Streaming: PostgreSQL lost after the stream started.


def parse_events(text):
    events = []
    for block in text.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_stream_database_loss_is_database_unavailable(seeker, application, db):
    response = seeker.post(
        "/smartbot/send",
        json={"session_id": application["session_id"], "user_text": "Docker знаю два года."},
        headers={"Accept": "text/event-stream"},
        buffered=False,
    )
    chunks = iter(response.response)
    first = next(chunks)
    assert b"event: candidate" in first
    # The stream's own connection is the one holding the session's advisory lock.
    with db, db.cursor() as cur:
        cur.execute(
            """
            SELECT pg_terminate_backend(pid) AS terminated FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND database = (
                SELECT oid FROM pg_database WHERE datname = current_database()
            ) AND objid = %(session_id)s
            """,
            {"session_id": application["session_id"]},
        )
        assert [row["terminated"] for row in cur.fetchall()] == [True]

    rest = b"".join(chunks).decode("utf-8")
    response.close()

    events = parse_events(rest)
    assert events[-1][0] == "error"
    assert events[-1][1]["error"]["code"] == "database_unavailable"


# Rate-limit headers: Retry-After belongs to 429 (and 503), not to every response.


def test_successful_send_has_no_retry_after(seeker, application):
    response = seeker.post("/smartbot/send", json={"session_id": application["session_id"], "user_text": "Да"})

    assert response.status_code == 200
    assert "Retry-After" not in response.headers
