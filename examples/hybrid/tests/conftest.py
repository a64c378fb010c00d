import pytest
from django.contrib.auth.models import User
from django.db import connections

from phase4_side_by_side.fastapi_app.database import sqlalchemy_url

PASSWORD = "correct horse battery staple"


@pytest.fixture
def database_url(transactional_db) -> str:
    """The database Django migrated, for FastAPI's engine. transactional_db commits, so both see the rows."""
    return sqlalchemy_url(connections["default"].settings_dict)


@pytest.fixture
def hybrid_urls(settings) -> None:
    settings.ROOT_URLCONF = "hybrid.django_app.urls"


@pytest.fixture
def editor(transactional_db) -> User:
    return User.objects.create_superuser("grace", password=PASSWORD)
