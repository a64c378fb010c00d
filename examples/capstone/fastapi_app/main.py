from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from capstone.fastapi_app.errors import (
    allow_documented_methods,
    drf_style_validation_error,
)
from capstone.fastapi_app.messages import router as messages_router
from capstone.fastapi_app.models import Base


# region factory
def create_app(
    database_url: str = "sqlite+aiosqlite:///./capstone.sqlite3",
    *,
    create_schema: bool = True,
) -> FastAPI:
    """Build the API for one database. create_schema=False when Django's migrations own it."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_async_engine(database_url)
        if create_schema:
            async with engine.begin() as connection:
                await connection.run_sync(Base.metadata.create_all)
        app.state.session_factory = async_sessionmaker(engine, expire_on_commit=False)
        yield
        await engine.dispose()

    app = FastAPI(title="Chat messages", lifespan=lifespan)
    app.include_router(messages_router)
    app.add_exception_handler(RequestValidationError, drf_style_validation_error)
    app.add_exception_handler(405, allow_documented_methods)
    return app


# endregion factory
