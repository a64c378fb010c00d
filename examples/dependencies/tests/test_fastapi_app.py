from collections.abc import AsyncIterator, Iterator
from typing import Annotated

import pytest
import pytest_asyncio
from fastapi import APIRouter, Depends, FastAPI
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import event, func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from dependencies.fastapi_app import db
from dependencies.fastapi_app.deps import Settings, get_current_user, get_settings
from dependencies.fastapi_app.main import app, internal_app
from dependencies.fastapi_app.models import Base, Note, User
from exchanges import record
from sqlite_fixtures import sqlite_engine

from .conftest import API_KEY


@pytest_asyncio.fixture
async def engine(tmp_path) -> AsyncIterator[AsyncEngine]:
    async with sqlite_engine(tmp_path / "notes.sqlite3", Base.metadata) as engine:
        yield engine


@pytest.fixture
def session_factory(engine, monkeypatch) -> async_sessionmaker[AsyncSession]:
    factory = async_sessionmaker(engine, expire_on_commit=False)
    # The real get_session runs (commit, rollback, close); only its factory points at
    # the test file.
    monkeypatch.setattr(db, "SessionFactory", factory)
    return factory


@pytest_asyncio.fixture
async def users(session_factory) -> dict[str, User]:
    async with session_factory() as session:
        people = {
            "ada": User(username="ada", token="token-ada"),
            "bob": User(username="bob", token="token-bob"),
            "root": User(username="root", token="token-root", role="admin"),
        }
        session.add_all(people.values())
        await session.commit()
    return people


@pytest_asyncio.fixture
async def client(session_factory, users) -> AsyncIterator[AsyncClient]:
    app.dependency_overrides[get_settings] = lambda: Settings(api_key=API_KEY)
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client
    app.dependency_overrides.clear()


def auth(token: str | None = "token-ada", key: str | None = API_KEY) -> dict[str, str]:
    result = {}
    if key is not None:
        result["X-API-Key"] = key
    if token is not None:
        result["Authorization"] = f"Bearer {token}"
    return result


async def count_notes(session_factory) -> int:
    async with session_factory() as session:
        return await session.scalar(select(func.count()).select_from(Note))


@pytest.fixture
def statements(engine) -> Iterator[list[str]]:
    """Every SQL statement the app sends during the test."""
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(engine.sync_engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine.sync_engine, "before_cursor_execute", record)


# --- the API key: a router-level dependency -------------------------------------------


@pytest.mark.asyncio
async def test_health_is_outside_the_router_and_needs_no_key(client):
    response = await client.get("/health")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.asyncio
@pytest.mark.parametrize("key", [None, "wrong-key"])
async def test_missing_or_wrong_key_is_a_403_before_anything_else(client, key):
    response = await client.get("/api/notes", headers=auth(key=key))
    assert response.status_code == 403
    assert response.json() == {"detail": "Invalid API key"}
    if key is None:
        record("dependencies/fastapi-missing-key", response)


@pytest.mark.asyncio
async def test_app_level_dependency_guards_every_route_of_the_internal_app(
    session_factory,
):
    internal_app.dependency_overrides[get_settings] = lambda: Settings(api_key=API_KEY)
    async with AsyncClient(
        transport=ASGITransport(app=internal_app), base_url="http://test"
    ) as client:
        assert (await client.get("/stats")).status_code == 403
        response = await client.get("/stats", headers={"X-API-Key": API_KEY})
    internal_app.dependency_overrides.clear()
    assert response.status_code == 200 and response.json() == {"notes": 0}


def test_settings_come_from_the_environment_once(monkeypatch):
    monkeypatch.setenv("NOTES_API_KEY", "from-the-environment")
    get_settings.cache_clear()
    try:
        assert get_settings().api_key == "from-the-environment"
        # lru_cache: one Settings object per process
        assert get_settings() is get_settings()
    finally:
        get_settings.cache_clear()


# --- the current user: a sub-dependency of the session --------------------------------


@pytest.mark.asyncio
async def test_no_token_is_a_401_with_a_bearer_challenge(client):
    response = await client.get("/api/notes", headers=auth(token=None))
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    record("dependencies/fastapi-no-token", response)


@pytest.mark.asyncio
async def test_unknown_token_is_a_401(client):
    response = await client.get("/api/notes", headers=auth(token="nope"))
    assert response.status_code == 401 and response.json() == {
        "detail": "Invalid token"
    }


# --- the scoped query: each user sees only their notes --------------------------------


@pytest.mark.asyncio
async def test_users_see_only_their_own_notes(client):
    created = await client.post(
        "/api/notes", json={"title": "Ada's"}, headers=auth("token-ada")
    )
    await client.post("/api/notes", json={"title": "Bob's"}, headers=auth("token-bob"))
    assert created.status_code == 201 and created.json()["created_at"]
    response = await client.get("/api/notes", headers=auth("token-ada"))
    assert [note["title"] for note in response.json()] == ["Ada's"]
    # Bob asking for Ada's note by id gets a 404, not a 403: the note is outside his
    # query.
    assert (
        await client.get(
            f"/api/notes/{created.json()['id']}", headers=auth("token-bob")
        )
    ).status_code == 404
    assert (
        await client.get(
            f"/api/notes/{created.json()['id']}", headers=auth("token-ada")
        )
    ).status_code == 200


@pytest.mark.asyncio
async def test_duplicate_title_for_the_same_owner_is_a_409(client):
    assert (
        await client.post("/api/notes", json={"title": "Todo"}, headers=auth())
    ).status_code == 201
    response = await client.post("/api/notes", json={"title": "Todo"}, headers=auth())
    assert response.status_code == 409
    # Another user may use the same title.
    assert (
        await client.post(
            "/api/notes", json={"title": "Todo"}, headers=auth("token-bob")
        )
    ).status_code == 201


@pytest.mark.asyncio
async def test_current_user_is_loaded_once_per_request(client, statements):
    # create_note asks for CurrentUser, and so does owned_notes: one query for both.
    response = await client.post("/api/notes", json={"title": "Once"}, headers=auth())
    assert response.status_code == 201
    user_queries = [
        s
        for s in statements
        if s.lstrip().upper().startswith("SELECT") and "FROM users" in s
    ]
    assert len(user_queries) == 1


# --- the session: commit, rollback, close ---------------------------------------------


@pytest.mark.asyncio
async def test_successful_request_is_committed(client, session_factory):
    await client.post("/api/notes", json={"title": "Kept"}, headers=auth())
    assert await count_notes(session_factory) == 1  # read through a different session


@pytest.mark.asyncio
async def test_http_exception_rolls_back_what_the_endpoint_wrote(
    client, session_factory
):
    response = await client.post(
        "/api/notes/import", json={"titles": ["a", "b", "a"]}, headers=auth()
    )
    assert response.status_code == 409 and response.json() == {
        "detail": "Duplicate title: a"
    }
    # "a" and "b" had been flushed, then rolled back
    assert await count_notes(session_factory) == 0
    response = await client.post(
        "/api/notes/import", json={"titles": ["a", "b"]}, headers=auth()
    )
    assert response.status_code == 201 and await count_notes(session_factory) == 2


@pytest.mark.asyncio
async def test_session_is_closed_after_every_request(client, engine):
    pool = engine.sync_engine.pool
    await client.post("/api/notes", json={"title": "x"}, headers=auth())
    # a 409
    await client.post("/api/notes/import", json={"titles": ["x"]}, headers=auth())
    assert pool.checkedout() == 0  # both sessions gave their connection back


@pytest.mark.asyncio
async def test_a_failing_commit_is_a_500_and_nothing_is_saved(
    session_factory, users, monkeypatch
):
    async def failing_commit(self):
        raise RuntimeError("database went away")

    monkeypatch.setattr(AsyncSession, "commit", failing_commit)
    app.dependency_overrides[get_settings] = lambda: Settings(api_key=API_KEY)
    transport = ASGITransport(app=app, raise_app_exceptions=False)
    async with AsyncClient(transport=transport, base_url="http://test") as client:
        response = await client.post(
            "/api/notes", json={"title": "Lost"}, headers=auth()
        )
    app.dependency_overrides.clear()
    # scope="function" runs the code after yield before the response is sent: the client
    # is told.
    assert response.status_code == 500
    monkeypatch.undo()
    assert await count_notes(session_factory) == 0


# --- class dependencies ---------------------------------------------------------------


@pytest.mark.asyncio
async def test_pagination_class_reads_limit_and_offset(client):
    for title in ["one", "two", "three"]:
        await client.post("/api/notes", json={"title": title}, headers=auth())
    response = await client.get(
        "/api/notes", params={"limit": 1, "offset": 1}, headers=auth()
    )
    assert [note["title"] for note in response.json()] == ["two"]
    assert (
        await client.get("/api/notes", params={"limit": 0}, headers=auth())
    ).status_code == 422


@pytest.mark.asyncio
async def test_require_role_instance_guards_delete(client, session_factory):
    note = (
        await client.post(
            "/api/notes", json={"title": "mine"}, headers=auth("token-root")
        )
    ).json()
    member = await client.post(
        "/api/notes", json={"title": "mine"}, headers=auth("token-ada")
    )
    response = await client.delete(
        f"/api/notes/{member.json()['id']}", headers=auth("token-ada")
    )
    assert response.status_code == 403 and response.json() == {
        "detail": "Requires the admin role"
    }
    assert (
        await client.delete(f"/api/notes/{note['id']}", headers=auth("token-root"))
    ).status_code == 204
    assert (
        await client.delete(f"/api/notes/{note['id']}", headers=auth("token-root"))
    ).status_code == 404
    assert await count_notes(session_factory) == 1


# --- overriding dependencies in tests -------------------------------------------------


# region overrides
@pytest.mark.asyncio
async def test_override_the_current_user(client):
    # No token, no users table lookup: the endpoint receives this user directly.
    app.dependency_overrides[get_current_user] = lambda: User(
        id=99, username="stub", token="-"
    )
    response = await client.post(
        "/api/notes", json={"title": "From a stub"}, headers={"X-API-Key": API_KEY}
    )
    assert response.status_code == 201
    # The API-key dependency was not overridden, so it still runs.
    assert (await client.get("/api/notes")).status_code == 403
    # The client fixture calls app.dependency_overrides.clear() when the test ends.


# endregion overrides


@pytest.mark.asyncio
async def test_dependency_lists_add_up_from_app_to_parameter():
    calls: list[str] = []

    def recorder(name: str):
        async def record() -> None:
            calls.append(name)

        return record

    demo = FastAPI(dependencies=[Depends(recorder("app"))])
    router = APIRouter(dependencies=[Depends(recorder("router"))])

    @router.get("/", dependencies=[Depends(recorder("route"))])
    async def endpoint(_: Annotated[None, Depends(recorder("parameter"))]) -> None:
        return None

    demo.include_router(router, dependencies=[Depends(recorder("include_router"))])
    async with AsyncClient(
        transport=ASGITransport(app=demo), base_url="http://test"
    ) as client:
        await client.get("/")
    assert calls == ["app", "include_router", "router", "route", "parameter"]
