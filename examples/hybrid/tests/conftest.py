import pytest
from django.contrib.auth.models import User
from django.db import connections

from phase4_side_by_side.fastapi_app.database import sqlalchemy_url
from phase4_side_by_side.tests import conftest as phase4

PASSWORD = "correct horse battery staple"
worker_thread_connections = phase4.worker_thread_connections  # the same fixture here


@pytest.fixture
def database_url(transactional_db, worker_thread_connections) -> str:
    """The database Django migrated, for FastAPI's engine. transactional_db commits, so both see the rows."""
    return sqlalchemy_url(connections["default"].settings_dict)


@pytest.fixture
def hybrid_urls(settings) -> None:
    settings.ROOT_URLCONF = "hybrid.django_app.urls"


@pytest.fixture
def editor(transactional_db) -> User:
    return User.objects.create_superuser("grace", password=PASSWORD)
