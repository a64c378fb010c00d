import hashlib
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import FastAPI, Header, HTTPException, Response, status
from fastapi.responses import JSONResponse
from redis.asyncio import Redis
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from caching.fastapi_app.cache import Cache, CacheDep, RedisCache
from caching.fastapi_app.db import SessionDep
from caching.fastapi_app.models import Article
from caching.fastapi_app.schemas import ArticleRead, ArticleSummary, ArticleUpdate

ARTICLE_TTL = 300
LIST_TTL = 600
LIST_GENERATION_KEY = "articles:generation"


# region lifespan
@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One client (and connection pool) for the whole process, closed on shutdown.
    redis = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    app.state.cache = RedisCache(redis)
    yield
    await redis.aclose()


# endregion lifespan


app = FastAPI(title="Caching example", lifespan=lifespan)


# region detail
def article_key(slug: str) -> str:
    return f"article:{slug}"


async def cached_article(slug: str, session: AsyncSession, cache: Cache) -> dict:
    payload = await cache.get(article_key(slug))
    if payload is None:
        article = await session.scalar(select(Article).where(Article.slug == slug))
        if article is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Article not found")
        # JSON-ready
        payload = ArticleRead.model_validate(article).model_dump(mode="json")
        await cache.set(article_key(slug), payload, ttl=ARTICLE_TTL)
    return payload


# endregion detail


# region etag
NOT_MODIFIED = {304: {"description": "Not modified: the client's copy is current"}}


@app.get("/articles/{slug}", response_model=ArticleRead, responses=NOT_MODIFIED)
async def read_article(
    slug: str,
    session: SessionDep,
    cache: CacheDep,
    if_none_match: Annotated[str | None, Header()] = None,
) -> Response:
    payload = await cached_article(slug, session, cache)
    etag = (
        '"'
        + hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:32]
        + '"'
    )
    headers = {"ETag": etag, "Cache-Control": "public, max-age=60"}
    if if_none_match and etag in [tag.strip() for tag in if_none_match.split(",")]:
        return Response(status_code=status.HTTP_304_NOT_MODIFIED, headers=headers)
    return JSONResponse(payload, headers=headers)


# endregion etag


# region update
@app.put("/articles/{slug}", response_model=ArticleRead)
async def update_article(
    slug: str, changes: ArticleUpdate, session: SessionDep, cache: CacheDep
) -> Article:
    article = await session.scalar(select(Article).where(Article.slug == slug))
    if article is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Article not found")
    article.title, article.body = changes.title, changes.body
    await session.commit()
    # After the commit, so that a concurrent read cannot cache the old row again.
    await cache.delete(article_key(slug))
    await cache.incr(LIST_GENERATION_KEY)  # every cached list page is now unreachable
    return article


# endregion update


# region list
@app.get("/articles", response_model=list[ArticleSummary])
async def list_articles(session: SessionDep, cache: CacheDep) -> list[dict]:
    generation = await cache.get(LIST_GENERATION_KEY) or 0
    key = f"articles:list:v{generation}"  # a new generation is a new key
    articles = await cache.get(key)
    if articles is None:
        rows = await session.scalars(select(Article).order_by(Article.title))
        articles = [ArticleSummary.model_validate(row).model_dump() for row in rows]
        await cache.set(key, articles, ttl=LIST_TTL)
    return articles


# endregion list
