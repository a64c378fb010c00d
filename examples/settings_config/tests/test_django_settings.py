"""settings.py reads the environment; these tests import it afresh with a chosen environment."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.handlers.asgi import ASGIHandler
from django.views.debug import SafeExceptionReporterFilter

SETTINGS_MODULE = "settings_config.django_project.settings"
EXAMPLES_DIR = Path(__file__).resolve().parents[2]
VARIABLES = [
    "DJANGO_SECRET_KEY",
    "DJANGO_DEBUG",
    "DJANGO_ALLOWED_HOSTS",
    "DJANGO_DB_NAME",
    "SHOP_MAINTENANCE_MODE",
]


@pytest.fixture
def load_settings(monkeypatch):
    """Import settings.py afresh with exactly the given environment variables."""

    def load(**environment: str):
        for name in VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delitem(sys.modules, SETTINGS_MODULE, raising=False)
        return importlib.import_module(SETTINGS_MODULE)

    return load


def run_python(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter, as a server process would be, without DJANGO_SETTINGS_MODULE."""
    env = {
        name: value
        for name, value in os.environ.items()
        if name not in [*VARIABLES, "DJANGO_SETTINGS_MODULE"]
    }
    env["PYTHONPATH"] = os.pathsep.join(
        [str(EXAMPLES_DIR), os.environ.get("PYTHONPATH", "")]
    )
    env.update(environment)
    return subprocess.run(
        [sys.executable, *args],
        cwd=EXAMPLES_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_values_come_from_the_environment(load_settings):
    settings = load_settings(
        DJANGO_SECRET_KEY="s3cret",
        DJANGO_DEBUG="on",
        DJANGO_ALLOWED_HOSTS="api.example.com,localhost",
    )
    assert settings.SECRET_KEY == "s3cret"
    assert settings.DEBUG is True
    assert settings.ALLOWED_HOSTS == ["api.example.com", "localhost"]
    assert settings.MAINTENANCE_MODE is False
    assert settings.DATABASES["default"]["NAME"].endswith("shop.sqlite3")


def test_the_string_false_is_parsed_not_truthy(load_settings):
    settings = load_settings(DJANGO_SECRET_KEY="s3cret", DJANGO_DEBUG="False")
    assert settings.DEBUG is False
    # what `DEBUG = os.environ.get("DJANGO_DEBUG")` gives
    assert bool(os.environ["DJANGO_DEBUG"]) is True


# region startup
def test_a_missing_variable_stops_the_import(load_settings):
    with pytest.raises(ImproperlyConfigured) as caught:
        load_settings(DJANGO_DEBUG="maybe")
    # Only the first problem: the module stops at the first raise.
    assert str(caught.value) == "Set the DJANGO_SECRET_KEY variable."


def test_a_bad_boolean_is_an_error_not_false(load_settings):
    with pytest.raises(ImproperlyConfigured) as caught:
        load_settings(DJANGO_SECRET_KEY="s3cret", DJANGO_DEBUG="maybe")
    assert str(caught.value) == "DJANGO_DEBUG is not a boolean: 'maybe'"


# endregion startup


def test_the_server_entry_point_fails_before_serving():
    result = run_python("-c", "import settings_config.django_project.asgi")
    assert result.returncode == 1
    assert "ImproperlyConfigured: Set the DJANGO_SECRET_KEY variable." in result.stderr


def test_asgi_py_chooses_the_settings_module_when_none_is_set():
    probe = (
        "from settings_config.django_project.asgi import application\n"
        "from django.conf import settings\n"
        "print(settings.SETTINGS_MODULE, settings.DEBUG, settings.MAINTENANCE_MODE)"
    )
    result = run_python(
        "-c", probe, DJANGO_SECRET_KEY="s3cret", SHOP_MAINTENANCE_MODE="yes"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "settings_config.django_project.settings",
        "False",
        "True",
    ]


def test_an_existing_django_settings_module_wins_over_asgi_py():
    # pytest-django set DJANGO_SETTINGS_MODULE before this import; setdefault leaves it
    # alone.
    from settings_config.django_project import asgi

    assert isinstance(asgi.application, ASGIHandler)
    assert os.environ["DJANGO_SETTINGS_MODULE"] == "django_site.settings"


def test_the_settings_flag_picks_the_module_and_checks_pass():
    result = run_python(
        "-m",
        "django",
        "check",
        f"--settings={SETTINGS_MODULE}",
        DJANGO_SECRET_KEY="s3cret",
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_settings_flag_wins_over_the_environment():
    result = run_python(
        "-m",
        "django",
        "diffsettings",
        f"--settings={SETTINGS_MODULE}",
        DJANGO_SETTINGS_MODULE="django_site.settings",
        DJANGO_SECRET_KEY="s3cret",
    )
    assert result.returncode == 0, result.stderr
    assert "ROOT_URLCONF = 'settings_config.django_project.urls'" in result.stdout


def test_error_pages_hide_settings_by_name_only(settings):
    settings.PAYMENT_API_KEY = "live-key"
    settings.PAYMENT_CREDENTIALS = "live-key"
    safe = SafeExceptionReporterFilter().get_safe_settings()
    assert safe["SECRET_KEY"] == safe["PAYMENT_API_KEY"] == "********************"
    # no KEY, SECRET, PASS, TOKEN... in the name
    assert safe["PAYMENT_CREDENTIALS"] == "live-key"
