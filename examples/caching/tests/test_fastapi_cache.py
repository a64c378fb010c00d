from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime

import pytest
import pytest_asyncio
from fakeredis import FakeAsyncRedis
from fastapi.testclient import TestClient
from httpx2 import ASGITransport, AsyncClient
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from caching.fastapi_app import db
from caching.fastapi_app.cache import InMemoryCache, RedisCache, get_cache
from caching.fastapi_app.main import LIST_GENERATION_KEY, app, article_key
from caching.fastapi_app.models import Article, Base
from exchanges import record
from sqlite_fixtures import sessions_for, sqlite_engine


@pytest_asyncio.fixture
async def session_factory(tmp_path) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    async with sqlite_engine(tmp_path / "test.sqlite3", Base.metadata) as engine:
        factory = sessions_for(engine)
        async with factory() as session:
            seeded_at = datetime(2026, 1, 1, tzinfo=UTC)  # the same ETag on every run
            session.add_all(
                [
                    Article(
                        slug="caching",
                        title="Caching",
                        body="Keep it close.",
                        updated_at=seeded_at,
                    ),
                    Article(
                        slug="django", title="Django", body="...", updated_at=seeded_at
                    ),
                ]
            )
            await session.commit()
        yield factory


class CountingSession:
    """Counts the queries the endpoints send, like django_assert_num_queries."""

    def __init__(self, session: AsyncSession) -> None:
        self.session, self.queries = session, 0

    async def scalar(self, statement):
        self.queries += 1
        return await self.session.scalar(statement)

    async def scalars(self, statement):
        self.queries += 1
        return await self.session.scalars(statement)

    async def commit(self) -> None:
        await self.session.commit()


# region override
@pytest.fixture
def memory_cache() -> Iterator[InMemoryCache]:
    cache = InMemoryCache()
    app.dependency_overrides[get_cache] = lambda: cache  # no Redis server needed
    yield cache
    del app.dependency_overrides[get_cache]


# endregion override


@pytest_asyncio.fixture
async def session(session_factory) -> AsyncIterator[CountingSession]:
    async with session_factory() as real_session:
        counting = CountingSession(real_session)
        app.dependency_overrides[db.get_session] = lambda: counting
        yield counting
    del app.dependency_overrides[db.get_session]


@pytest_asyncio.fixture
async def client(session, memory_cache) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client


@pytest.mark.asyncio
async def test_detail_is_read_from_the_cache_after_the_first_request(
    client, session, memory_cache
):
    first = await client.get("/articles/caching")
    second = await client.get("/articles/caching")
    assert first.status_code == second.status_code == 200
    assert (
        first.json() == second.json() == await memory_cache.get(article_key("caching"))
    )
    assert session.queries == 1


@pytest.mark.asyncio
async def test_missing_article_is_a_404_and_is_not_cached(client, memory_cache):
    assert (await client.get("/articles/nope")).status_code == 404
    assert await memory_cache.get(article_key("nope")) is None


@pytest.mark.asyncio
async def test_etag_and_if_none_match_give_a_304(client):
    response = await client.get("/articles/caching")
    assert response.headers["cache-control"] == "public, max-age=60"
    etag = response.headers["etag"]
    record("caching/fastapi-detail", response)
    not_modified = await client.get(
        "/articles/caching", headers={"If-None-Match": f'"x", {etag}'}
    )
    assert not_modified.status_code == 304
    assert not_modified.content == b"" and not_modified.headers["etag"] == etag
    record("caching/fastapi-not-modified", not_modified)
    assert (
        await client.get("/articles/caching", headers={"If-None-Match": '"x"'})
    ).status_code == 200


@pytest.mark.asyncio
async def test_update_invalidates_the_cached_read_and_the_etag(client, memory_cache):
    before = await client.get("/articles/caching")
    response = await client.put(
        "/articles/caching", json={"title": "Caching, revised", "body": "Closer."}
    )
    assert response.status_code == 200
    assert await memory_cache.get(article_key("caching")) is None
    after = await client.get(
        "/articles/caching", headers={"If-None-Match": before.headers["etag"]}
    )
    assert after.status_code == 200
    assert after.json()["title"] == "Caching, revised"


@pytest.mark.asyncio
async def test_update_of_a_missing_article_is_a_404(client):
    response = await client.put("/articles/nope", json={"title": "x", "body": "y"})
    assert response.status_code == 404


@pytest.mark.asyncio
async def test_list_uses_a_versioned_key_that_an_update_moves_on(
    client, session, memory_cache
):
    assert [a["title"] for a in (await client.get("/articles")).json()] == [
        "Caching",
        "Django",
    ]
    await client.get("/articles")
    assert session.queries == 1

    await client.put(
        "/articles/caching", json={"title": "Zebra caching", "body": "..."}
    )

    assert await memory_cache.get(LIST_GENERATION_KEY) == 1
    assert [a["title"] for a in (await client.get("/articles")).json()] == [
        "Django",
        "Zebra caching",
    ]
    # The old generation is still stored, but nothing reads it; it expires after
    # LIST_TTL.
    assert [a["title"] for a in await memory_cache.get("articles:list:v0")] == [
        "Caching",
        "Django",
    ]


@pytest.mark.asyncio
async def test_in_memory_cache_expires_entries(monkeypatch):
    cache = InMemoryCache()
    clock = [1000.0]
    monkeypatch.setattr("caching.fastapi_app.cache.time.monotonic", lambda: clock[0])
    await cache.set("key", {"a": 1}, ttl=30)
    clock[0] += 29
    assert await cache.get("key") == {"a": 1}
    clock[0] += 1
    assert await cache.get("key") is None
    assert await cache.incr("counter") == 1 and await cache.incr("counter") == 2
    await cache.delete("counter")
    assert await cache.get("counter") is None


# region redis
@pytest_asyncio.fixture
async def redis() -> AsyncIterator[FakeAsyncRedis]:
    redis = FakeAsyncRedis()  # an in-process stand-in for a Redis server
    yield redis
    await redis.aclose(close_connection_pool=True)


@pytest.mark.asyncio
async def test_redis_cache_stores_json_with_a_ttl(redis):
    cache = RedisCache(redis)
    await cache.set("article:caching", {"title": "Caching"}, ttl=300)
    assert await redis.get("article:caching") == b'{"title": "Caching"}'
    assert await redis.ttl("article:caching") == 300
    assert await cache.get("article:caching") == {"title": "Caching"}
    assert await cache.incr("articles:generation") == 1
    assert await cache.get("articles:generation") == 1
    await cache.delete("article:caching")
    assert await cache.get("article:caching") is None


# endregion redis


@pytest.mark.asyncio
async def test_endpoints_work_against_redis(session_factory, redis):
    async def session_for_test() -> AsyncIterator[AsyncSession]:
        async with session_factory() as session:
            yield session

    app.dependency_overrides[get_cache] = lambda: RedisCache(redis)
    app.dependency_overrides[db.get_session] = session_for_test
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        assert (await client.get("/articles/caching")).json()["title"] == "Caching"
        assert await redis.ttl(article_key("caching")) == 300
        await client.put("/articles/caching", json={"title": "Revised", "body": "..."})
        assert await redis.exists(article_key("caching")) == 0
        assert (await client.get("/articles/caching")).json()["title"] == "Revised"
    app.dependency_overrides.clear()


def test_lifespan_puts_a_redis_cache_on_the_app(session_factory, monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/2")
    with TestClient(app):
        assert isinstance(app.state.cache, RedisCache)
        assert (
            app.state.cache.redis.connection_pool.connection_kwargs["host"]
            == "cache.internal"
        )


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert (await session.execute(text("select 1"))).scalar() == 1
