from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from project_layout.fastapi_app.models import Base
from project_layout.fastapi_app.routers import products, quotes

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./project_layout.sqlite3"


# region factory
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with app.state.engine.begin() as connection:
        # A shortcut for the example: real projects run Alembic.
        await connection.run_sync(Base.metadata.create_all)
    yield
    await app.state.engine.dispose()


def create_app(database_url: str = DEFAULT_DATABASE_URL) -> FastAPI:
    app = FastAPI(title="Shop API", lifespan=lifespan)
    app.state.engine = create_async_engine(database_url)
    app.state.session_factory = async_sessionmaker(
        app.state.engine, expire_on_commit=False
    )
    app.include_router(products.router, prefix="/api")
    app.include_router(quotes.router, prefix="/api")
    return app


# What `uvicorn project_layout.fastapi_app.main:app` imports.
app = create_app()
# endregion factory
