from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine

engine = create_async_engine("sqlite+aiosqlite:///./dependencies.sqlite3")
SessionFactory = async_sessionmaker(engine, expire_on_commit=False)


# region session
async def get_session() -> AsyncIterator[AsyncSession]:
    # on exit: close, connection back to the pool
    async with SessionFactory() as session:
        try:
            yield session  # the endpoint runs here
            await session.commit()
        except Exception:
            await session.rollback()  # HTTPException included: a 4xx undoes the writes
            raise  # re-raise, or FastAPI cannot build the error response


# scope="function": commit before the response is sent, so a failed commit is a 500. The
# default ("request", since FastAPI 0.118) runs it after the client already has a 201.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
# endregion session
