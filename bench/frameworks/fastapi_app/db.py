import os
from collections.abc import AsyncIterator

from sqlalchemy import URL
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

# psycopg 3 (async mode), the driver Django uses too; or asyncpg, the driver variant. asyncpg's
# prepared-statement cache (per connection) is safe here: there is no PgBouncer in between.
DRIVER = os.environ.get("BENCH_DB_DRIVER", "psycopg")
if DRIVER not in ("psycopg", "asyncpg"):
    raise ValueError(f"BENCH_DB_DRIVER must be 'psycopg' or 'asyncpg', not {DRIVER!r}")

DATABASE_URL = URL.create(
    f"postgresql+{DRIVER}",
    username=os.environ.get("BENCH_DB_USER", "bench"),
    password=os.environ.get("BENCH_DB_PASSWORD", ""),
    host=os.environ.get("BENCH_DB_HOST", "127.0.0.1"),
    port=int(os.environ.get("BENCH_DB_PORT", "5432")),
    database=os.environ.get("BENCH_DB_NAME", "bench"),
)
# The database connections one worker process may hold: the same number on every server.
CONNECTIONS = int(os.environ.get("BENCH_DB_CONNECTIONS", "4"))

engine = create_async_engine(DATABASE_URL, pool_size=CONNECTIONS, max_overflow=0)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session
