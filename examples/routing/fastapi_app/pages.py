from fastapi import APIRouter, Request
from fastapi.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
)

from routing.fastapi_app.articles import get_article_or_404

router = APIRouter(tags=["pages"])


# region responses
@router.get("/", response_class=HTMLResponse)
async def home(request: Request) -> str:
    articles_url = request.url_for("list_articles")
    return f'<h1>Articles</h1><p><a href="{articles_url}">All articles</a></p>'


@router.get("/a/{article_id}")
async def short_link(article_id: int, request: Request) -> RedirectResponse:
    article = get_article_or_404(article_id)
    path = request.app.url_path_for("read_article_by_slug", slug=article.slug)
    return RedirectResponse(path, status_code=302)  # the default would be 307


@router.get("/robots.txt", response_class=PlainTextResponse)
async def robots_txt() -> str:
    return "User-agent: *\nDisallow: /admin/\n"


@router.get("/health")
async def health() -> JSONResponse:
    # Returning a Response skips the response model: you choose body, status and
    # headers.
    return JSONResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})


# endregion responses
