import json
import time
from typing import Annotated, Any, Protocol

from fastapi import Depends, Request
from redis.asyncio import Redis


# region protocol
class Cache(Protocol):
    """What the endpoints need from a cache; values are anything JSON can hold."""

    async def get(self, key: str) -> Any | None: ...
    async def set(self, key: str, value: Any, ttl: int) -> None: ...
    async def delete(self, key: str) -> None: ...
    async def incr(self, key: str) -> int: ...


def get_cache(request: Request) -> Cache:
    return request.app.state.cache  # created once, in the lifespan


CacheDep = Annotated[Cache, Depends(get_cache)]
# endregion protocol


# region redis
class RedisCache:
    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    async def get(self, key: str) -> Any | None:
        raw = await self.redis.get(key)
        return None if raw is None else json.loads(raw)

    async def set(self, key: str, value: Any, ttl: int) -> None:
        # ex: expire after ttl seconds
        await self.redis.set(key, json.dumps(value), ex=ttl)

    async def delete(self, key: str) -> None:
        await self.redis.delete(key)

    async def incr(self, key: str) -> int:
        # atomic, and starts from 0 if the key is missing
        return await self.redis.incr(key)


# endregion redis


# region memory
class InMemoryCache:
    """For tests and single-process development; each process would have its own copy."""

    def __init__(self) -> None:
        self.entries: dict[str, tuple[float | None, Any]] = {}

    async def get(self, key: str) -> Any | None:
        expires_at, value = self.entries.get(key, (None, None))
        if expires_at is not None and expires_at <= time.monotonic():
            del self.entries[key]
            return None
        return value

    async def set(self, key: str, value: Any, ttl: int) -> None:
        self.entries[key] = (time.monotonic() + ttl, value)

    async def delete(self, key: str) -> None:
        self.entries.pop(key, None)

    async def incr(self, key: str) -> int:
        value = (await self.get(key) or 0) + 1
        self.entries[key] = (None, value)  # counters never expire, as with Redis INCR
        return value


# endregion memory
