from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from fastapi.testclient import TestClient
from httpx2 import ASGITransport, AsyncClient
from rest_framework.test import APIClient
from sqlalchemy import create_engine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

# Example modules are imported inside the fixtures, not here: pytest loads this file
# before the suite starts recording which example files run.


@pytest.fixture
def problem_settings(settings) -> None:
    """Installs the topic's REST_FRAMEWORK setting; DRF reloads api_settings on setting_changed."""
    from error_handling.drf_app.settings import REST_FRAMEWORK

    settings.REST_FRAMEWORK = REST_FRAMEWORK


@pytest.fixture
def drf_client() -> APIClient:
    # raise_request_exception=False: let Django turn an unhandled exception into its 500
    # response.
    return APIClient(raise_request_exception=False)


def seeded_factory(path) -> async_sessionmaker[AsyncSession]:
    """A database with products 1 (two in stock) and 2 (none).

    It is filled with a synchronous engine, so no event loop is started outside the tests' own;
    NullPool keeps no connection open between the event loops of different clients.
    """
    from error_handling.fastapi_app.models import Base, Product

    setup_engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(setup_engine)
    with Session(setup_engine) as session:
        session.add_all(
            [Product(id=1, name="Lamp", stock=2), Product(id=2, name="Desk", stock=0)]
        )
        session.commit()
    setup_engine.dispose()
    engine = create_async_engine(f"sqlite+aiosqlite:///{path}", poolclass=NullPool)
    return async_sessionmaker(engine, expire_on_commit=False)


def override_session(factory: async_sessionmaker[AsyncSession]) -> None:
    from error_handling.fastapi_app import db, main

    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with factory() as session:
            yield session

    main.app.dependency_overrides[db.get_session] = session_for_test


@pytest.fixture
def session_factory(tmp_path) -> Iterator[async_sessionmaker[AsyncSession]]:
    yield seeded_factory(tmp_path / "test.sqlite3")


@pytest_asyncio.fixture
async def api(session_factory) -> AsyncIterator[AsyncClient]:
    from error_handling.fastapi_app.main import app

    override_session(session_factory)
    # raise_app_exceptions=False: return the 500 response instead of raising in the
    # test.
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as client:
        yield client
    app.dependency_overrides.clear()


@pytest.fixture
def fastapi_client(session_factory) -> Iterator[TestClient]:
    """A synchronous client, so one test can call DRF and FastAPI side by side."""
    from error_handling.fastapi_app.main import app

    override_session(session_factory)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
    app.dependency_overrides.clear()
