import threading
from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.db import connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created

from phase4_side_by_side.fastapi_app.database import sqlalchemy_url

PASSWORD = "correct horse battery staple"


@pytest.fixture
def worker_thread_connections() -> Iterator[None]:
    """Close the Django connections that worker threads opened during the test.

    The app under test runs Django in threads (a2wsgi's, asgiref's, AnyIO's), and each
    thread opens its own connection. On the in-memory test database Django ignores
    close(), since closing would destroy the database, so those connections would only
    go at garbage collection (a ResourceWarning on Python 3.13). The main thread's
    connection keeps the database alive, so the others can really be closed here.
    """
    opened: list[BaseDatabaseWrapper] = []

    def remember(sender, connection: BaseDatabaseWrapper, **kwargs) -> None:
        if threading.current_thread() is not threading.main_thread():
            opened.append(connection)

    connection_created.connect(remember)
    yield
    connection_created.disconnect(remember)
    for connection in opened:
        connection.inc_thread_sharing()  # the test thread closes another thread's
        try:
            BaseDatabaseWrapper.close(connection)  # skips SQLite's in-memory guard
        finally:
            connection.dec_thread_sharing()


@pytest.fixture
def database_url(transactional_db, worker_thread_connections) -> str:
    """The database pytest-django migrated, as a SQLAlchemy URL.

    `transactional_db` makes Django commit, so other connections (FastAPI's engine, Django code
    running in worker threads) see the rows; Django's usual test transaction would hide them.
    """
    return sqlalchemy_url(connections["default"].settings_dict)


@pytest.fixture
def ada(transactional_db) -> User:
    return User.objects.create_user("ada", password=PASSWORD, is_staff=True)


@pytest.fixture
def django_urls(settings) -> None:
    settings.ROOT_URLCONF = "phase4_side_by_side.django_urls"
