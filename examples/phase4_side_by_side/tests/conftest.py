import pytest
from django.contrib.auth.models import User
from django.db import connections

from phase4_side_by_side.fastapi_app.database import sqlalchemy_url

PASSWORD = "correct horse battery staple"


@pytest.fixture
def database_url(transactional_db) -> str:
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
