"""What BaseSettings does with the environment, a .env file and secrets."""

import os
from pathlib import Path

import pytest
from pydantic import ValidationError
from pydantic_settings import SettingsConfigDict, SettingsError

from settings_config.fastapi_app.config import Settings

EXAMPLE_ENV = Path(__file__).resolve().parents[1] / "example.env"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    for name in list(os.environ):
        if name.upper().startswith("SHOP_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no stray .env in the working directory


def test_prefix_and_nested_delimiter(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")
    monkeypatch.setenv("SHOP_DEBUG", "true")
    monkeypatch.setenv("SHOP_DATABASE__POOL_SIZE", "10")
    settings = Settings()
    assert settings.debug is True
    assert settings.database.pool_size == 10
    # the other nested field keeps its default
    assert settings.database.url == "sqlite+aiosqlite:///./shop.sqlite3"


def test_variable_names_are_case_insensitive_by_default(monkeypatch):
    monkeypatch.setenv("shop_secret_key", "s3cret")
    assert Settings().secret_key.get_secret_value() == "s3cret"


def test_dotenv_file_values(monkeypatch):
    settings = Settings(_env_file=EXAMPLE_ENV)
    assert settings.debug is True
    assert settings.allowed_hosts == ["localhost", "127.0.0.1"]
    assert settings.database.url == "sqlite+aiosqlite:///./dev.sqlite3"
    assert settings.database.pool_size == 2


def test_env_file_in_the_working_directory_is_read(tmp_path):
    (tmp_path / ".env").write_text(EXAMPLE_ENV.read_text())
    assert Settings().secret_key.get_secret_value() == "dev-only-not-a-secret"


def test_priority_is_arguments_then_environment_then_dotenv_then_defaults(monkeypatch):
    monkeypatch.setenv("SHOP_DEBUG", "false")
    monkeypatch.setenv("SHOP_APP_NAME", "From the environment")
    settings = Settings(_env_file=EXAMPLE_ENV, app_name="From the code")
    assert settings.app_name == "From the code"
    assert settings.debug is False  # the environment beats SHOP_DEBUG=true in the file
    # only in the file
    assert settings.secret_key.get_secret_value() == "dev-only-not-a-secret"
    assert settings.maintenance_mode is False  # nowhere: the default


def test_secret_str_is_masked_everywhere_but_get_secret_value():
    settings = Settings(secret_key="s3cret", _env_file=None)
    assert "s3cret" not in repr(settings)
    assert str(settings.secret_key) == "**********"
    assert '"secret_key":"**********"' in settings.model_dump_json()
    assert settings.secret_key.get_secret_value() == "s3cret"


def test_a_list_from_the_environment_must_be_json(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "s3cret")
    monkeypatch.setenv("SHOP_ALLOWED_HOSTS", '["api.example.com", "localhost"]')
    assert Settings(_env_file=None).allowed_hosts == ["api.example.com", "localhost"]
    monkeypatch.setenv("SHOP_ALLOWED_HOSTS", "api.example.com,localhost")
    with pytest.raises(
        SettingsError, match='error parsing value for field "allowed_hosts"'
    ):
        Settings(_env_file=None)


def test_errors_name_the_field_not_the_variable():
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)
    assert caught.value.errors()[0]["loc"] == ("secret_key",)
    assert "SHOP_SECRET_KEY" not in str(caught.value)


def test_without_hide_input_in_errors_other_values_leak_into_the_message(monkeypatch):
    monkeypatch.setenv(
        "SHOP_DATABASE__URL", "postgresql+asyncpg://shop:hunter2@db/shop"
    )

    class LeakySettings(Settings):
        model_config = SettingsConfigDict(hide_input_in_errors=False)

    with pytest.raises(ValidationError) as leaky:
        LeakySettings(_env_file=None)
    # the whole input is printed with the "missing" error
    assert "hunter2" in str(leaky.value)
    with pytest.raises(ValidationError) as hidden:
        Settings(_env_file=None)
    assert "hunter2" not in str(hidden.value)
