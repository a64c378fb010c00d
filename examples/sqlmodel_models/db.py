from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

# region session
engine = create_async_engine("sqlite+aiosqlite:///sqlmodel_models.sqlite3")
# SQLModel's AsyncSession is SQLAlchemy's with an exec() that returns model objects.
sessions = async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
# endregion session
