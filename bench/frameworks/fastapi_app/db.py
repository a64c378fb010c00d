import os
from collections.abc import AsyncIterator

from sqlalchemy import URL
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

DATABASE_URL = URL.create(
    "postgresql+psycopg",  # psycopg 3, async mode
    username=os.environ.get("BENCH_DB_USER", "bench"),
    password=os.environ.get("BENCH_DB_PASSWORD", ""),
    host=os.environ.get("BENCH_DB_HOST", "127.0.0.1"),
    port=int(os.environ.get("BENCH_DB_PORT", "5432")),
    database=os.environ.get("BENCH_DB_NAME", "bench"),
)
POOL_SIZE = int(os.environ.get("BENCH_DB_POOL_SIZE", "10"))

# The same ceiling per worker as Django's pool under ASGI: at most POOL_SIZE connections.
engine = create_async_engine(DATABASE_URL, pool_size=POOL_SIZE, max_overflow=0)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session
