"""PostgreSQL going away and coming back: 503 with the envelope, then recovery without a restart."""

import warnings

import pytest

from jobboard import create_app
from jobboard.embedded_db import PROJECT_DIR
from tests.conftest import make_settings, reset_schema

OUTAGE_DATA_DIR = PROJECT_DIR / "var" / "outage-pgdata"


@pytest.fixture
def own_server(database_url):
    """A PostgreSQL server of this test's own, which it may stop and start."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgserver

        OUTAGE_DATA_DIR.mkdir(parents=True, exist_ok=True)
        server = pgserver.get_server(OUTAGE_DATA_DIR, cleanup_mode="stop")
    url = server.get_uri()
    reset_schema(url)
    yield pgserver, server, url


def test_outage_returns_503_then_recovers(own_server):
    pgserver, server, url = own_server
    app = create_app(make_settings(url))
    client = app.test_client()
    assert client.get("/health").status_code == 200

    server.cleanup()
    down = [client.get("/health"), client.get("/jobs"),
            client.post("/auth/register", json={"email": "a@b.kz", "password": "12345678",
                                                "full_name": "A", "user_type": "employer"})]

    restarted = pgserver.get_server(OUTAGE_DATA_DIR, cleanup_mode="stop")
    try:
        for response in down:
            assert response.status_code == 503
            assert response.get_json()["error"]["code"] == "database_unavailable"
        back = client.get("/health")
        assert back.status_code == 200
        assert back.get_json()["database"] == "ok"
        assert client.get("/jobs").status_code == 200
    finally:
        app.extensions["database"].close()
        restarted.cleanup()
