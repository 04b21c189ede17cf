"""Settings read from the environment."""

import pytest

from jobboard.config import ConfigError, Settings, normalize_database_url


@pytest.mark.parametrize("url, expected", [
    ("postgresql+psycopg2://u:p@h:5432/db", "postgresql://u:p@h:5432/db"),
    ("postgres://u@h/db", "postgresql://u@h/db"),
    ("postgresql://u@h/db", "postgresql://u@h/db"),
    ("  postgresql://u@h/db  ", "postgresql://u@h/db"),
])
def test_database_url_forms_are_normalized(url, expected):
    assert normalize_database_url(url) == expected


@pytest.mark.parametrize("name, value", [
    ("JWT_EXPIRES_MINUTES", "a day"),
    ("JWT_EXPIRES_MINUTES", "0"),
    ("OPENAI_TIMEOUT_SECONDS", "nan"),
    ("OPENAI_TIMEOUT_SECONDS", "-5"),
    ("OPENAI_MAX_RETRIES", "1.5"),
])
def test_invalid_number_names_the_variable(monkeypatch, name, value):
    monkeypatch.setenv(name, value)

    with pytest.raises(ConfigError) as raised:
        Settings.from_env()

    assert name in str(raised.value)


def test_defaults_apply_when_unset(monkeypatch):
    for name in ("JWT_EXPIRES_MINUTES", "OPENAI_TIMEOUT_SECONDS", "OPENAI_MODEL", "CORS_ORIGINS", "JWT_SECRET"):
        monkeypatch.delenv(name, raising=False)

    settings = Settings.from_env()

    assert settings.jwt_expires_minutes == 1440
    assert settings.openai_timeout_seconds == 20.0
    assert settings.openai_model == "gpt-4o-mini"
    assert settings.cors_origins == ["http://localhost:5173", "http://localhost:3000"]


@pytest.mark.parametrize("secret", ["", "change-me", "devsecret"])
def test_placeholder_secret_rejected_outside_debug(monkeypatch, secret):
    monkeypatch.setenv("JWT_SECRET", secret)
    monkeypatch.delenv("FLASK_DEBUG", raising=False)

    with pytest.raises(ConfigError):
        Settings.from_env().check_secret()


def test_placeholder_secret_allowed_in_debug(monkeypatch):
    monkeypatch.setenv("JWT_SECRET", "change-me")
    monkeypatch.setenv("FLASK_DEBUG", "1")

    Settings.from_env().check_secret()

    assert Settings.from_env().debug is True
