from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from capstone.fastapi_app.errors import drf_style_validation_error
from capstone.fastapi_app.models import Base
from phase3_compare.fastapi_app.messages import router


# region factory
def create_limited_app(database_url: str) -> FastAPI:
    """The capstone's wiring around the stricter router."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = create_async_engine(database_url)
        async with engine.begin() as connection:
            await connection.run_sync(Base.metadata.create_all)
        app.state.session_factory = async_sessionmaker(engine, expire_on_commit=False)
        yield
        await engine.dispose()

    app = FastAPI(title="Chat messages, 4000-character limit", lifespan=lifespan)
    app.include_router(router)
    # The capstone's handler already turns string_too_long into DRF's sentence.
    app.add_exception_handler(RequestValidationError, drf_style_validation_error)
    return app


# endregion factory
