from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine

from ecosystem.fastapi_app.config import Settings


# region engine
def make_engine(settings: Settings) -> AsyncEngine:
    # echo=True logs every statement: the toolbar's SQL panel, without the page.
    return create_async_engine(settings.database_url, echo=settings.debug)


# endregion engine


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
