import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from settings_config.fastapi_app.config import Settings
from settings_config.fastapi_app.main import app, get_settings

EXAMPLES_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No SHOP_* variable or .env file from the machine leaks into a test, and no cached Settings."""
    for name in list(os.environ):
        if name.upper().startswith("SHOP_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
    app.dependency_overrides.clear()


def test_status_reads_the_settings_dependency(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")
    with TestClient(app) as client:  # "with" runs the lifespan too
        response = client.get("/status")
    assert response.status_code == 200
    assert response.json() == {"app_name": "Shop API", "debug": False}


# region override
def test_dependency_override_swaps_the_settings():
    # Explicit values; _env_file=None ignores any .env file.
    test_settings = Settings(secret_key="test", maintenance_mode=True, _env_file=None)
    app.dependency_overrides[get_settings] = lambda: test_settings
    response = TestClient(app).get("/status")
    assert response.status_code == 503
    assert response.json() == {"detail": "Down for maintenance."}


def test_environment_variables_need_a_cache_clear(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "test")
    monkeypatch.setenv("SHOP_APP_NAME", "Test shop")
    get_settings.cache_clear()  # a cached Settings would not see them
    body = TestClient(app).get("/status").json()
    assert body == {"app_name": "Test shop", "debug": False}


# endregion override


def test_the_cached_settings_ignore_later_environment_changes(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "first")
    first = get_settings()
    monkeypatch.setenv("SHOP_SECRET_KEY", "second")
    assert get_settings() is first
    assert first.secret_key.get_secret_value() == "first"


# region startup
def test_a_missing_setting_stops_startup():
    with pytest.raises(ValidationError) as caught:
        with TestClient(app):  # runs the lifespan, as a server does
            pass
    assert str(caught.value).startswith(
        "1 validation error for Settings\nsecret_key\n  Field required"
    )


def test_every_bad_value_is_reported_at_once(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")
    monkeypatch.setenv("SHOP_DEBUG", "maybe")
    monkeypatch.setenv("SHOP_DATABASE__POOL_SIZE", "0")
    with pytest.raises(ValidationError) as caught:
        get_settings()
    bad = [error["loc"] for error in caught.value.errors()]
    assert bad == [("debug",), ("database", "pool_size")]
    assert "maybe" not in str(caught.value)  # hide_input_in_errors


# endregion startup


def test_without_the_lifespan_check_the_first_request_fails_instead():
    # No "with": the lifespan does not run, as if it did not call get_settings().
    client = TestClient(app, raise_server_exceptions=False)
    assert client.get("/status").status_code == 500


def test_the_error_message_lists_each_field_without_its_value(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")
    monkeypatch.setenv("SHOP_DEBUG", "maybe")
    monkeypatch.setenv("SHOP_DATABASE__POOL_SIZE", "0")
    with pytest.raises(ValidationError) as caught:
        get_settings()
    lines = [
        line
        for line in str(caught.value).splitlines()
        if "errors.pydantic.dev" not in line
    ]
    assert lines == [
        "2 validation errors for Settings",
        "debug",
        "  Input should be a valid boolean, unable to interpret input [type=bool_parsing]",
        "database.pool_size",
        "  Input should be greater than or equal to 1 [type=greater_than_equal]",
    ]


def test_uvicorn_exits_before_serving_when_settings_are_invalid(tmp_path):
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.upper().startswith("SHOP_")
    }
    env["PYTHONPATH"] = os.pathsep.join(
        [str(EXAMPLES_DIR), os.environ.get("PYTHONPATH", "")]
    )
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "settings_config.fastapi_app.main:app",
        "--port",
        "0",
    ]
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 3  # uvicorn's exit code for a failed startup
    assert "1 validation error for Settings" in result.stderr
    assert "Application startup failed. Exiting." in result.stderr
    assert "Uvicorn running on" not in result.stderr  # it never listened
