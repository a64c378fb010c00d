from datetime import date
from enum import StrEnum
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from pydantic import BaseModel, Field

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"  # the same characters as Django's <slug:...>


# region schemas
class ArticleStatus(StrEnum):
    draft = "draft"
    published = "published"


class ArticleIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    slug: str = Field(max_length=200, pattern=SLUG_PATTERN)


class Article(ArticleIn):
    id: int
    status: ArticleStatus = ArticleStatus.draft
    published_on: date | None = None


# An in-memory store keeps this example about routing, not databases.
ARTICLES: dict[int, Article] = {}
# endregion schemas


def get_article_or_404(article_id: int) -> Article:
    if article_id not in ARTICLES:
        raise HTTPException(status_code=404, detail="Article not found")
    return ARTICLES[article_id]


# region declare
router = APIRouter(prefix="/articles", tags=["articles"])


# Declared before /{article_id}, which would otherwise match "drafts".
@router.get("/drafts")
async def list_drafts() -> list[Article]:
    return [a for a in ARTICLES.values() if a.status == ArticleStatus.draft]


@router.get("/{article_id}")
async def read_article(article_id: Annotated[int, Path(ge=1)]) -> Article:
    return get_article_or_404(article_id)


# endregion declare


# region list
@router.get("")  # "" gives /articles; "/" would give /articles/
async def list_articles(
    status: Annotated[list[ArticleStatus], Query()] = [ArticleStatus.published],
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[Article]:
    matching = [article for article in ARTICLES.values() if article.status in status]
    return matching[:limit]


# endregion list


# region path-params
@router.get("/by-slug/{slug}")
async def read_article_by_slug(
    slug: Annotated[str, Path(pattern=SLUG_PATTERN)],
) -> Article:
    for article in ARTICLES.values():
        if article.slug == slug:
            return article
    raise HTTPException(status_code=404, detail="Article not found")


@router.get("/archive/{day}")
async def articles_on_day(day: date) -> list[Article]:
    # No converter to write: 2025-03-31 is parsed, 2025-02-30 is a 422.
    return [article for article in ARTICLES.values() if article.published_on == day]


# endregion path-params


# region write
# region create
@router.post("", status_code=201)
async def create_article(
    payload: ArticleIn, request: Request, response: Response
) -> Article:
    article = Article(id=max(ARTICLES, default=0) + 1, **payload.model_dump())
    ARTICLES[article.id] = article
    # An absolute URL from the route's name, which is the function's name by default.
    url = request.url_for("read_article", article_id=article.id)
    response.headers["Location"] = str(url)
    return article


# endregion create


# DRF's @action(detail=True) is just another route
@router.post("/{article_id}/publish")
async def publish_article(article_id: int) -> Article:
    article = get_article_or_404(article_id)
    article.status = ArticleStatus.published
    article.published_on = date.today()
    return article


@router.delete("/{article_id}", status_code=204)
async def delete_article(article_id: int) -> Response:
    get_article_or_404(article_id)
    del ARTICLES[article_id]
    # A Response is sent as it is: no body, no serialization.
    return Response(status_code=204)


# endregion write
