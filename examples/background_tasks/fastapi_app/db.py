from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine("sqlite+aiosqlite:///./background_tasks.sqlite3")
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)


# region db
def get_session_factory() -> async_sessionmaker[AsyncSession]:
    return SessionFactory


SessionFactoryDep = Annotated[
    async_sessionmaker[AsyncSession], Depends(get_session_factory)
]


async def get_session(factory: SessionFactoryDep) -> AsyncIterator[AsyncSession]:
    async with factory() as session:
        yield session  # FastAPI 0.115 leaves this block before background tasks run


SessionDep = Annotated[AsyncSession, Depends(get_session)]
# endregion db
