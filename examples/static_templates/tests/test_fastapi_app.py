from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from fastapi.staticfiles import StaticFiles
from httpx2 import ASGITransport, AsyncClient

from static_templates.fastapi_app.main import ASSETS_DIR, app

XSS = "<script>alert(1)</script>"


@pytest_asyncio.fixture
async def client() -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client


@pytest.mark.asyncio
async def test_mounted_directory_serves_the_file(client):
    response = await client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/css; charset=utf-8"
    assert response.content == (ASSETS_DIR / "css" / "site.css").read_bytes()


@pytest.mark.asyncio
async def test_missing_file_is_a_404(client):
    response = await client.get("/static/css/missing.css")
    assert response.status_code == 404


# region etag
@pytest.mark.asyncio
async def test_etag_lets_the_browser_revalidate_with_a_304(client):
    first = await client.get("/static/img/logo.svg")
    etag = first.headers["etag"]
    again = await client.get("/static/img/logo.svg", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag


@pytest.mark.asyncio
async def test_no_cache_control_header_is_sent(client):
    response = await client.get("/static/css/site.css")
    # browsers fall back to heuristics and revalidation
    assert "cache-control" not in response.headers


# endregion etag


# region urls
@pytest.mark.asyncio
async def test_url_for_builds_absolute_urls_for_static_files_and_routes(client):
    response = await client.get("/products/teapot")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert (
        '<link rel="stylesheet" href="http://test/static/css/site.css">'
        in response.text
    )
    assert '<a href="http://test/products/kettle">' in response.text
    assert '<a href="http://test/search">Search</a>' in response.text
    assert "<h1>Cast-iron teapot</h1>" in response.text


# endregion urls


@pytest.mark.asyncio
async def test_search_results_link_to_each_product(client):
    response = await client.get("/search", params={"q": "kettle"})
    assert '<a href="http://test/products/kettle">Stovetop kettle</a>' in response.text
    assert "teapot" not in response.text.lower()


# region escape
@pytest.mark.asyncio
async def test_jinja2templates_escapes_context_values(client):
    response = await client.get("/search", params={"q": XSS})
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert XSS not in response.text
    assert "Nothing matches." in response.text


# endregion escape


@pytest.mark.asyncio
async def test_unknown_product_is_a_json_404_not_an_html_page(client):
    response = await client.get("/products/nothing")
    assert response.status_code == 404
    assert response.json() == {"detail": "No such product"}


def test_a_missing_directory_fails_at_startup_not_per_request():
    with pytest.raises(RuntimeError, match="does not exist"):
        StaticFiles(directory=ASSETS_DIR / "not-there")


def test_url_path_for_gives_a_path_without_scheme_and_host():
    assert app.url_path_for("static", path="css/site.css") == "/static/css/site.css"
    assert app.url_path_for("product_detail", slug="teapot") == "/products/teapot"
