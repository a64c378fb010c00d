import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import APIRouter, FastAPI, HTTPException, status
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from capstone.fastapi_app.db import SessionDep
from hybrid.fastapi_app.models import Article, visible


# region schema
class ArticleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    title: str
    slug: str
    body: str
    published_at: datetime
    reading_minutes: int  # the shared rule, through the model's property


# endregion schema


# region routes
router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("/", response_model=list[ArticleOut])
async def list_articles(session: SessionDep) -> list[Article]:
    query = (
        select(Article)
        .where(visible(datetime.now(UTC)))
        .order_by(Article.published_at.desc())
    )
    return list(await session.scalars(query))


@router.get("/{slug}/", response_model=ArticleOut)
async def read_article(slug: str, session: SessionDep) -> Article:
    query = select(Article).where(visible(datetime.now(UTC)), Article.slug == slug)
    article = await session.scalar(query)
    if article is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "No Article matches the given query."
        )
    return article


# endregion routes


# region factory
def create_public_api(database_url: str) -> FastAPI:
    """The public JSON API over Django's tables; everything it serves, docs too, is under /api/."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # no create_all(): Django's migrations own the schema
        engine = create_async_engine(database_url)
        app.state.session_factory = async_sessionmaker(engine, expire_on_commit=False)
        yield
        await engine.dispose()

    app = FastAPI(
        title="Articles",
        lifespan=lifespan,
        # Behind a proxy that sends only /api/ here, FastAPI's own pages must live there
        # too.
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        swagger_ui_oauth2_redirect_url="/api/docs/oauth2-redirect",
        redoc_url="/api/redoc",
    )
    app.include_router(router)
    return app


# endregion factory


# region standalone
def app_from_environment() -> FastAPI:
    """For `uvicorn --factory`: the FastAPI service on its own, beside Django (behind the proxy)."""
    # the database Django's settings name
    return create_public_api(os.environ["DATABASE_URL"])


# endregion standalone
