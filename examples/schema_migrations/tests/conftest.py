"""A real SQLite file shared by Django's migrate and Alembic, one per test.

Example modules are imported inside fixtures and tests, not at the top: pytest loads this
file before it starts recording which example files the tests execute.
"""

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from django.core.management import call_command
from django.db import connections
from sqlalchemy import Engine, create_engine

TOPIC_DIR = Path(__file__).resolve().parent.parent
SHARED_ALIAS = "shared_file"


@pytest.fixture
def django_db_file(tmp_path, django_db_blocker) -> Iterator[Path]:
    """An extra Django database alias pointing at an empty SQLite file under tmp_path."""
    path = tmp_path / "shared.sqlite3"
    settings = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}}
    connections.settings[SHARED_ALIAS] = connections.configure_settings(settings)[
        "default"
    ]
    with django_db_blocker.unblock():
        yield path
        connections[SHARED_ALIAS].close()
    del connections[SHARED_ALIAS]
    del connections.settings[SHARED_ALIAS]


def django_migrate(*target: str) -> None:
    call_command(
        "migrate", "schema_migrations", *target, database=SHARED_ALIAS, verbosity=0
    )


def alembic_config(db_path: Path, **kwargs) -> Config:
    """The example's alembic.ini, pointed at the test database; pytest keeps its logging."""
    config = Config(
        str(TOPIC_DIR / "alembic.ini"), attributes={"configure_logger": False}, **kwargs
    )
    config.set_main_option("sqlalchemy.url", f"sqlite+aiosqlite:///{db_path}")
    return config


def run_alembic(command_function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run an Alembic command in a worker thread, as the CLI runs in a process of its own.

    The async env.py calls asyncio.run(), which resets the calling thread's event loop; a
    worker thread leaves alone the loop that pytest-asyncio keeps for the async tests.
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(command_function, *args, **kwargs).result()


@pytest.fixture
def sync_engine(django_db_file) -> Iterator[Engine]:
    """A plain synchronous engine on the same file, for inspect() and assertions."""
    engine = create_engine(f"sqlite:///{django_db_file}")
    yield engine
    engine.dispose()


@pytest.fixture
def shared_db(django_db_file) -> Path:
    """Django's tables migrated first: Alembic's reviews table points at them."""
    django_migrate()
    return django_db_file
