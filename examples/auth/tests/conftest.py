import os
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from django.core.cache import cache
from httpx2 import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from auth.fastapi_app import db
from auth.fastapi_app.main import app
from auth.fastapi_app.models import Base, User
from auth.fastapi_app.passwords import hash_password
from auth.fastapi_app.ratelimit import login_rate_limit
from sqlite_fixtures import client_with_sessions, sessions_for, sqlite_engine

# Stored hashes carry their own iteration count, so test users can use a cheap one.
TEST_ITERATIONS = 1_000


# The service refuses to start without a signing key (auth/fastapi_app/tokens.py).
os.environ.setdefault("JWT_SECRET_KEY", "tests-only-" + "k" * 32)


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    # Every test client has the same address: start each test with no login counted.
    login_rate_limit.hits.clear()
    cache.clear()  # DRF's throttles count in Django's cache
    yield
    login_rate_limit.hits.clear()
    cache.clear()


@pytest.fixture
def fast_password_hasher(settings):
    # Django's documented way to speed up tests that create users: a cheap hasher.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "auth.sqlite3", Base.metadata) as engine:
        factory = sessions_for(engine)
        async with factory() as session:
            session.add_all(
                [
                    User(
                        id=1,
                        username="alice",
                        password=hash_password("alice-pw", TEST_ITERATIONS),
                    ),
                    User(
                        id=2,
                        username="bob",
                        password=hash_password("bob-pw", TEST_ITERATIONS),
                    ),
                    User(
                        id=3,
                        username="carol",
                        password=hash_password("carol-pw", TEST_ITERATIONS),
                        is_staff=True,
                    ),
                    User(
                        id=4,
                        username="dave",
                        password=hash_password("dave-pw", TEST_ITERATIONS),
                        is_active=False,
                    ),
                ]
            )
            await session.commit()
        yield factory


@pytest_asyncio.fixture
async def api(session_factory) -> AsyncIterator[AsyncClient]:
    # https: the session cookie is Secure, and httpx only sends it back over https.
    async with client_with_sessions(
        app, db.get_session, session_factory, base_url="https://test"
    ) as api:
        yield api


@pytest.fixture
def get_token(api):
    async def get_token(
        username: str, scopes: str = "messages:read messages:write"
    ) -> str:
        form = {"username": username, "password": f"{username}-pw", "scope": scopes}
        response = await api.post("/token", data=form)
        assert response.status_code == 200, response.text
        return response.json()["access_token"]

    return get_token
