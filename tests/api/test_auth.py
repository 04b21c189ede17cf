"""Sign-up, sign-in and the current user."""

import pytest
from flask_jwt_extended import create_access_token

from tests.conftest import sign_up


def register(client, **overrides):
    body = {"email": "new@example.kz", "password": "long-enough", "full_name": "Асель Ким", "user_type": "job_seeker"}
    body.update(overrides)
    return client.post("/auth/register", json=body)


def test_register_returns_user_without_hash(client, db):
    response = register(client, email="Asel.Kim@Example.KZ", phone="+7 701 111 22 33")

    assert response.status_code == 201
    body = response.get_json()
    assert body["email"] == "asel.kim@example.kz"
    assert body["full_name"] == "Асель Ким"
    assert body["phone"] == "+7 701 111 22 33"
    assert body["user_type"] == "job_seeker"
    assert "hashed_password" not in body
    assert "password" not in body
    with db.cursor() as cur:
        cur.execute("SELECT email, hashed_password FROM users")
        row = cur.fetchone()
    assert row["email"] == "asel.kim@example.kz"
    assert row["hashed_password"].startswith("scrypt:")


def test_register_same_email_other_case_returns_409(client, db):
    assert register(client).status_code == 201

    response = register(client, email="NEW@example.kz")

    assert response.status_code == 409
    assert response.get_json()["error"]["code"] == "email_taken"


@pytest.mark.parametrize("field, value", [
    ("email", "not-an-email"),
    ("password", "short"),
    ("password", "x" * 129),
    ("full_name", "   "),
    ("user_type", "admin"),
    ("phone", "call me maybe"),
])
def test_register_invalid_field_returns_422(client, db, field, value):
    response = register(client, **{field: value})

    assert response.status_code == 422
    error = response.get_json()["error"]
    assert error["code"] == "validation_error"
    assert field in error["fields"]
    with db.cursor() as cur:
        cur.execute("SELECT COUNT(*) AS n FROM users")
        assert cur.fetchone()["n"] == 0


def test_register_missing_fields_lists_each(client, db):
    response = client.post("/auth/register", json={})

    assert response.status_code == 422
    assert set(response.get_json()["error"]["fields"]) == {"email", "password", "full_name", "user_type"}


def test_login_returns_bearer_token(client, db):
    register(client)

    response = client.post("/auth/login", json={"email": "NEW@example.kz", "password": "long-enough"})

    assert response.status_code == 200
    body = response.get_json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 1440 * 60
    assert body["user"]["email"] == "new@example.kz"
    me = client.get("/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.get_json()["full_name"] == "Асель Ким"


@pytest.mark.parametrize("email, password", [
    ("new@example.kz", "wrong-password"),
    ("nobody@example.kz", "long-enough"),
])
def test_login_wrong_credentials_returns_401(client, db, email, password):
    register(client)

    response = client.post("/auth/login", json={"email": email, "password": password})

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "invalid_credentials"


def test_seeded_users_sign_in_with_demo_password(client, seeded_db):
    response = client.post("/auth/login", json={"email": "hr@kaspi-demo.kz", "password": "demo12345"})

    assert response.status_code == 200
    assert response.get_json()["user"]["user_type"] == "employer"


def test_me_without_token_returns_401(client, db):
    response = client.get("/auth/me")

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


@pytest.mark.parametrize("header", ["Bearer not.a.token", "Bearer ", "Basic abc", "Bearer a.b.c"])
def test_me_with_bad_token_returns_401(client, db, header):
    response = client.get("/auth/me", headers={"Authorization": header})

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_me_with_expired_token_returns_token_expired(app, client, db):
    user = sign_up(client, "old@example.kz", "job_seeker")
    with app.app_context():
        token = create_access_token(identity=str(user.id), expires_delta=-__import__("datetime").timedelta(minutes=1))

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "token_expired"


def test_token_of_deleted_user_returns_401(client, db):
    user = sign_up(client, "gone@example.kz", "job_seeker")
    with db, db.cursor() as cur:
        cur.execute("DELETE FROM users WHERE id = %s", (user.id,))

    response = user.get("/auth/me")

    assert response.status_code == 401
    assert response.get_json()["error"]["code"] == "unauthorized"


def test_token_signed_with_other_secret_returns_401(client, db):
    import jwt as pyjwt

    user = sign_up(client, "forged@example.kz", "employer")
    forged = pyjwt.encode({"sub": str(user.id), "type": "access", "fresh": False, "jti": "x"}, "another-secret-that-is-32-bytes-or-more",
                          algorithm="HS256")

    response = client.get("/auth/me", headers={"Authorization": f"Bearer {forged}"})

    assert response.status_code == 401
