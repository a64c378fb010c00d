from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

# postgresql+asyncpg://... in production
DATABASE_URL = "sqlite+aiosqlite:///./performance.sqlite3"


# region engine
def make_engine(url: str = DATABASE_URL) -> AsyncEngine:
    return create_async_engine(
        url,
        pool_size=10,  # connections kept open by this worker process
        max_overflow=5,  # extra connections for a burst, closed again when returned
        pool_timeout=10,  # seconds a request waits for a free connection before failing
        pool_pre_ping=True,  # test a pooled connection before handing it out
        pool_recycle=1800,  # replace connections older than 30 minutes
    )


engine = make_engine()  # one engine, and so one pool, per process
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)
# endregion engine


# region pgbouncer
def make_pgbouncer_engine(url: str) -> AsyncEngine:
    """For postgresql+psycopg://... through PgBouncer in transaction pooling mode."""
    return create_async_engine(
        url,
        # psycopg prepares a query after its 5th run, on one server connection;
        # PgBouncer may send the next transaction to another. None: never prepare.
        # With asyncpg, pass {"statement_cache_size": 0} and add
        # ?prepared_statement_cache_size=0 to the URL. PgBouncer 1.21+ with
        # max_prepared_statements set tracks prepared statements itself.
        connect_args={"prepare_threshold": None},
        pool_pre_ping=True,
    )


# endregion pgbouncer


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionFactory() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
