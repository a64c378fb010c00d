"""A SQLite file that Django's own migrations built, one per test.

Example modules are imported inside fixtures and tests, not at the top: pytest loads this
file before it starts recording which example files the tests execute.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connections
from sqlalchemy import Engine, create_engine

TOPIC_DIR = Path(__file__).resolve().parent.parent
ALIAS = "existing_file"


@pytest.fixture
def django_database(tmp_path, django_db_blocker) -> Iterator[Path]:
    """`manage.py migrate` for contrib.auth and the example app, into a new SQLite file."""
    path = tmp_path / "django.sqlite3"
    settings = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}}
    connections.settings[ALIAS] = connections.configure_settings(settings)["default"]
    with django_db_blocker.unblock():
        for app_label in ["auth", "existing_database"]:
            call_command("migrate", app_label, database=ALIAS, verbosity=0)
        yield path
        connections[ALIAS].close()
    del connections[ALIAS]
    del connections.settings[ALIAS]


@pytest.fixture
def engine(django_database) -> Iterator[Engine]:
    engine = create_engine(f"sqlite:///{django_database}")
    yield engine
    engine.dispose()
