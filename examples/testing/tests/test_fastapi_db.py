"""A database that every test shares and no test changes: the SQLAlchemy version of TestCase."""

import json
from collections.abc import AsyncIterator

import httpx2
import pytest
import pytest_asyncio
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, create_async_engine

from exchanges import record
from testing.fastapi_app.config import Settings, get_settings
from testing.fastapi_app.db import get_session
from testing.fastapi_app.main import app, get_current_user, get_webhooks
from testing.fastapi_app.models import Base, Task, User


# region rollback
@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    """One database for the whole run, created once, like Django's test database."""
    path = tmp_path_factory.mktemp("db") / "tasks.sqlite3"
    schema_engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(schema_engine)
    schema_engine.dispose()
    return f"sqlite+aiosqlite:///{path}"


@pytest_asyncio.fixture
async def connection(database_url) -> AsyncIterator[AsyncConnection]:
    engine = create_async_engine(database_url)
    use_real_transactions_on_sqlite(engine)
    async with engine.connect() as connection:
        transaction = await connection.begin()  # the outer transaction: never committed
        yield connection
        await transaction.rollback()  # everything the test wrote disappears
    await engine.dispose()


@pytest_asyncio.fixture
async def session(connection) -> AsyncIterator[AsyncSession]:
    # commit() and rollback() in the app now act on a SAVEPOINT inside the outer
    # transaction.
    async with AsyncSession(
        bind=connection,
        join_transaction_mode="create_savepoint",
        expire_on_commit=False,
    ) as session:
        yield session


@pytest_asyncio.fixture
async def client(session) -> AsyncIterator[AsyncClient]:
    # the app uses the test's session
    app.dependency_overrides[get_session] = lambda: session
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client
    app.dependency_overrides.clear()


# endregion rollback


# region sqlite
def use_real_transactions_on_sqlite(engine) -> None:
    """SQLite's Python driver defers BEGIN, which breaks SAVEPOINT; emit BEGIN ourselves."""

    @event.listens_for(engine.sync_engine, "connect")
    def do_connect(dbapi_connection, connection_record) -> None:
        # stop the driver from issuing BEGIN/COMMIT
        dbapi_connection.isolation_level = None

    @event.listens_for(engine.sync_engine, "begin")
    def do_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")


# endregion sqlite


# region isolation
@pytest_asyncio.fixture
async def ada(session) -> User:
    user = User(username="ada", token="token-ada")
    session.add(user)
    # releases a savepoint: visible to the app, still rolled back later
    await session.commit()
    return user


@pytest.fixture
def as_ada(ada) -> dict[str, str]:
    return {"Authorization": "Bearer token-ada"}


# Both tests create ada, whose username and token are UNIQUE: if one test's rows
# survived into the next, the second "ada" fixture would fail on the constraint,
# whatever the order.
@pytest.mark.asyncio
async def test_first_write(client, as_ada, webhook_calls):
    response = await client.post(
        "/tasks", json={"title": "Write tests"}, headers=as_ada
    )
    assert response.status_code == 201
    assert (await client.get("/tasks", headers=as_ada)).json()[0][
        "title"
    ] == "Write tests"


@pytest.mark.asyncio
async def test_second_test_starts_clean(session, ada):
    assert await session.scalar(select(func.count()).select_from(Task)) == 0
    # this test's ada
    assert await session.scalar(select(func.count()).select_from(User)) == 1


# endregion isolation


# region app-rollback
@pytest.mark.asyncio
async def test_an_app_rollback_keeps_the_tests_rows(
    client, session, as_ada, webhook_calls
):
    first = await client.post("/tasks", json={"title": "Same"}, headers=as_ada)
    second = await client.post("/tasks", json={"title": "Same"}, headers=as_ada)
    assert first.status_code == 201
    # IntegrityError, then session.rollback() in the endpoint
    assert second.status_code == 409
    # The rollback went back to the last savepoint only: ada and the first task are
    # still here.
    assert await session.scalar(select(func.count()).select_from(User)) == 1
    assert await session.scalar(select(func.count()).select_from(Task)) == 1


# endregion app-rollback


@pytest.mark.asyncio
async def test_requests_without_a_token_are_refused(client, ada):
    response = await client.get("/tasks")
    assert (
        response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    )
    record("testing/fastapi-anonymous", response)


# region override-user
@pytest.mark.asyncio
async def test_override_the_current_user(client, session, webhook_calls):
    bob = User(username="bob", token="unused")
    session.add(bob)
    await session.flush()
    app.dependency_overrides[get_current_user] = lambda: bob  # no token, no lookup
    response = await client.post("/tasks", json={"title": "Bob's"})
    assert response.status_code == 201
    assert (await session.get(Task, response.json()["id"])).owner_id == bob.id


# endregion override-user


# region override-settings
@pytest.mark.asyncio
async def test_open_task_limit_comes_from_settings(client, as_ada, webhook_calls):
    app.dependency_overrides[get_settings] = lambda: Settings(max_open_tasks=1)
    first = await client.post("/tasks", json={"title": "One"}, headers=as_ada)
    second = await client.post("/tasks", json={"title": "Two"}, headers=as_ada)
    assert first.status_code == 201 and second.status_code == 409
    assert second.json() == {"detail": "You already have 1 open tasks."}
    record("testing/fastapi-open-task-limit", second)


# endregion override-settings


# region override-webhooks
@pytest.fixture
def webhook_calls() -> list[dict]:
    """Replace the lifespan's webhook client with one that records instead of sending."""
    calls: list[dict] = []

    def receiver(request: httpx2.Request) -> httpx2.Response:
        calls.append(json.loads(request.content))
        return httpx2.Response(204)

    fake = httpx2.AsyncClient(
        base_url="https://hooks.test", transport=httpx2.MockTransport(receiver)
    )
    app.dependency_overrides[get_webhooks] = lambda: fake
    return calls


@pytest.mark.asyncio
async def test_webhook_is_sent_after_commit(client, as_ada, webhook_calls):
    response = await client.post("/tasks", json={"title": "Ship it"}, headers=as_ada)
    assert response.status_code == 201
    assert webhook_calls == [{"event": "task.created", "id": response.json()["id"]}]


# endregion override-webhooks


@pytest.mark.asyncio
async def test_the_real_get_session_opens_and_closes_a_session():
    async for session in get_session():
        assert isinstance(session, AsyncSession)
        # no file is created without a query
        assert session.bind.url.database == "./testing.sqlite3"


@pytest.mark.asyncio
async def test_without_create_savepoint_an_app_rollback_ends_the_test_transaction(
    database_url,
):
    engine = create_async_engine(database_url)
    use_real_transactions_on_sqlite(engine)
    async with engine.connect() as connection:
        outer = await connection.begin()
        # The default join_transaction_mode ("conditional_savepoint") on a connection
        # with no savepoint acts as "rollback_only": the session's rollback() reaches
        # the outer transaction.
        session = AsyncSession(bind=connection, expire_on_commit=False)
        session.add(User(username="ada", token="token-ada"))
        await session.commit()  # the test's setup, or so it thinks
        session.add(User(username="ada", token="token-ada"))
        with pytest.raises(IntegrityError):
            await session.commit()
        await session.rollback()  # what the endpoint does after an IntegrityError
        assert not outer.is_active  # the test's transaction is gone...
        # ...with ada
        assert await connection.scalar(select(func.count()).select_from(User)) == 0
        await session.close()
    await engine.dispose()
