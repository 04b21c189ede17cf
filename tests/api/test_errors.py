"""The one error envelope for malformed requests, unknown paths, outages and bugs."""

import pytest

from jobboard import create_app
from tests.conftest import VACANCY, make_settings


def assert_error(response, status, code):
    assert response.status_code == status
    body = response.get_json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert "Traceback" not in response.get_data(as_text=True)


def test_malformed_json_returns_400(employer):
    response = employer.client.post("/jobs", data="{not json", content_type="application/json",
                                     headers=employer.headers)

    assert_error(response, 400, "bad_request")


@pytest.mark.parametrize("payload", ["[1, 2]", "\"text\"", "42", "null"])
def test_json_that_is_not_an_object_returns_400(employer, payload):
    response = employer.client.post("/jobs", data=payload, content_type="application/json",
                                     headers=employer.headers)

    assert response.status_code in (400, 422)
    assert response.get_json()["error"]["code"] in ("bad_request", "validation_error")


def test_form_body_returns_415(client, db):
    response = client.post("/auth/login", data={"email": "a@b.kz", "password": "x"})

    assert_error(response, 415, "unsupported_media_type")


def test_body_over_one_mebibyte_returns_413(employer):
    huge = {**VACANCY, "description": "а" * (1024 * 1024)}

    response = employer.post("/jobs", json=huge)

    assert_error(response, 413, "payload_too_large")


def test_unknown_path_returns_404_envelope(client, db):
    assert_error(client.get("/no-such-thing"), 404, "not_found")


def test_wrong_method_returns_405_envelope(client, db):
    assert_error(client.delete("/auth/login"), 405, "method_not_allowed")


def test_id_that_is_not_a_number_returns_404(client, db):
    assert_error(client.get("/jobs/abc"), 404, "not_found")


def test_health_reports_database_and_mode(client, db):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "database": "ok", "smartbot": "demo"}


def test_unreachable_database_returns_503_everywhere(db):
    # Port 1 on loopback refuses connections at once.
    app = create_app(make_settings("postgresql://nobody@127.0.0.1:1/none"))
    client = app.test_client()

    assert_error(client.get("/health"), 503, "database_unavailable")
    assert_error(client.get("/jobs"), 503, "database_unavailable")
    assert_error(client.post("/auth/login", json={"email": "a@b.kz", "password": "x"}), 503,
                 "database_unavailable")


def test_unexpected_error_returns_generic_500(database_url, db):
    app = create_app(make_settings(database_url))
    client = app.test_client()

    @app.route("/__boom_for_test")
    def boom():
        raise RuntimeError("secret internal detail")

    response = client.get("/__boom_for_test")

    assert_error(response, 500, "internal_error")
    assert "secret internal detail" not in response.get_data(as_text=True)


def test_cors_allows_configured_origin(client, db):
    response = client.get("/jobs", headers={"Origin": "http://localhost:5173"})

    assert response.headers["Access-Control-Allow-Origin"] == "http://localhost:5173"
    other = client.get("/jobs", headers={"Origin": "http://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_openapi_document_lists_customer_paths(client, db):
    spec = client.get("/openapi.json").get_json()

    for path in ["/auth/register", "/auth/login", "/auth/me", "/jobs", "/jobs/{job_id}", "/resumes/mine",
                 "/applications", "/applications/mine", "/employer/applications", "/smartbot/send",
                 "/smartbot/session/{application_id}", "/smartbot/messages/{session_id}",
                 "/smartbot/complete/{session_id}"]:
        assert path in spec["paths"], path


def test_sign_in_attempts_are_rate_limited(database_url, db):
    app = create_app(make_settings(database_url, auth_limit="3 per minute"))
    client = app.test_client()
    attempt = {"email": "guess@example.kz", "password": "wrong-password"}

    statuses = [client.post("/auth/login", json=attempt).status_code for _ in range(4)]
    limited = client.post("/auth/login", json=attempt)

    assert statuses == [401, 401, 401, 429]
    assert_error(limited, 429, "rate_limited")
    # A one-minute window that began during this test ends within 61 whole seconds.
    assert 1 <= int(limited.headers["Retry-After"]) <= 61
    app.extensions["database"].close()


def test_docs_page_lists_routes_without_external_scripts(client, db):
    response = client.get("/docs", headers={"Accept": "text/html"})

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "/smartbot/send" in page
    assert "/auth/login" in page
    assert "<script" not in page
    assert "https://" not in page
