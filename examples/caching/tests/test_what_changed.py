"""The claims behind the caching page's "What changed" table.

If a library changes one of these behaviours, a test here fails and the table needs updating.
"""

from importlib.util import find_spec

import pytest
from django.core.cache import cache
from django.core.cache.backends import memcached
from fakeredis import FakeAsyncRedis
from fastapi import FastAPI


def test_django_ships_a_redis_backend_and_fastapi_ships_no_cache():
    assert find_spec("django.core.cache.backends.redis") is not None  # Django 4.0+
    assert find_spec("django_redis") is None  # not needed for the settings on the page
    assert find_spec("fastapi.cache") is None  # a FastAPI project brings its own client


def test_python_memcached_backend_is_gone():
    assert not hasattr(memcached, "MemcachedCache")  # removed in Django 4.1
    assert hasattr(memcached, "PyMemcacheCache")


def test_incr_version_moves_the_value_instead_of_dropping_it():
    cache.set("article:caching", "old body")
    assert cache.incr_version("article:caching") == 2
    assert cache.get("article:caching") is None  # version 1 is gone...
    # ...but the stale value moved
    assert cache.get("article:caching", version=2) == "old body"


def test_redis_py_includes_asyncio_and_aioredis_is_not_needed():
    assert find_spec("redis.asyncio") is not None  # merged into redis-py in 4.2
    assert find_spec("aioredis") is None


@pytest.mark.asyncio
async def test_close_is_deprecated_for_aclose():
    redis = FakeAsyncRedis()
    with pytest.warns(DeprecationWarning, match="Use aclose"):
        await redis.close()
    await redis.aclose(close_connection_pool=True)


def test_on_event_is_deprecated_for_lifespan():
    app = FastAPI()
    with pytest.warns(DeprecationWarning, match="lifespan"):

        @app.on_event("startup")
        async def connect() -> None:
            pass
