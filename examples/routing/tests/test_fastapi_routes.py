from collections.abc import Iterator
from datetime import date
from typing import Annotated

import pytest
from fastapi import APIRouter, FastAPI, Query
from fastapi.responses import RedirectResponse
from fastapi.routing import iter_route_contexts
from fastapi.testclient import TestClient

from exchanges import record
from routing.fastapi_app import articles
from routing.fastapi_app.articles import ARTICLES, Article, ArticleStatus
from routing.fastapi_app.main import app


@pytest.fixture
def client() -> Iterator[TestClient]:
    ARTICLES.clear()
    ARTICLES[1] = Article(
        id=1,
        title="Hello",
        slug="hello",
        status=ArticleStatus.published,
        published_on=date(2025, 3, 31),
    )
    ARTICLES[2] = Article(id=2, title="Draft", slug="draft")
    with TestClient(app) as client:
        yield client
    ARTICLES.clear()


def test_include_router_stacks_the_prefixes_and_tags():
    # Since FastAPI 0.137, app.routes holds the included router itself;
    # iter_route_contexts()
    # walks the tree and gives each route with its effective (prefixed) path.
    paths = {context.path for context in iter_route_contexts(app.routes)}
    assert {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/articles/{article_id}/publish",
    } <= paths
    assert app.openapi()["paths"]["/api/articles"]["get"]["tags"] == ["articles"]


def test_typed_path_parameter(client):
    assert client.get("/api/articles/1").json()["slug"] == "hello"
    assert client.get("/api/articles/99").status_code == 404
    not_an_int = client.get("/api/articles/abc")
    assert not_an_int.status_code == 422  # Django would answer 404: no pattern matched
    assert not_an_int.json()["detail"][0]["loc"] == ["path", "article_id"]
    assert client.get("/api/articles/0").status_code == 422  # Path(ge=1)


def test_path_pattern_and_date_parameters(client):
    assert client.get("/api/articles/by-slug/hello").json()["id"] == 1
    assert client.get("/api/articles/by-slug/not%20a%20slug").status_code == 422
    assert [a["id"] for a in client.get("/api/articles/archive/2025-03-31").json()] == [
        1
    ]
    impossible = client.get("/api/articles/archive/2025-02-30")
    assert impossible.status_code == 422
    assert impossible.json()["detail"][0]["loc"] == ["path", "day"]
    record("routing/fastapi-impossible-date", impossible)


def test_query_parameters_are_typed_validated_and_repeatable(client):
    # the default: published
    assert [a["id"] for a in client.get("/api/articles").json()] == [1]
    both = client.get("/api/articles", params={"status": ["draft", "published"]}).json()
    assert [a["id"] for a in both] == [1, 2]
    assert (
        len(
            client.get(
                "/api/articles", params={"status": ["draft", "published"], "limit": 1}
            ).json()
        )
        == 1
    )
    too_big = client.get("/api/articles", params={"limit": 500})
    assert (
        too_big.status_code == 422
        and too_big.json()["detail"][0]["type"] == "less_than_equal"
    )
    record("routing/fastapi-limit-too-big", too_big)
    assert (
        client.get("/api/articles", params={"status": "bogus"}).json()["detail"][0][
            "type"
        ]
        == "enum"
    )


def test_query_constraints_appear_in_the_schema():
    parameters = {
        p["name"]: p
        for p in app.openapi()["paths"]["/api/articles"]["get"]["parameters"]
    }
    assert (
        parameters["limit"]["schema"]["maximum"] == 100
        and parameters["limit"]["schema"]["minimum"] == 1
    )
    assert parameters["status"]["schema"]["type"] == "array"


def test_declared_before_the_path_parameter_wins(client):
    assert [a["id"] for a in client.get("/api/articles/drafts").json()] == [2]


def test_the_opposite_order_lets_the_parameter_swallow_the_literal():
    router = APIRouter()
    router.add_api_route("/articles/{article_id}", articles.read_article)
    router.add_api_route("/articles/drafts", articles.list_drafts)
    wrong = FastAPI()
    wrong.include_router(router)
    assert TestClient(wrong).get("/articles/drafts").status_code == 422


def test_create_sets_201_and_an_absolute_location(client):
    response = client.post("/api/articles", json={"title": "New", "slug": "new"})
    assert response.status_code == 201
    assert response.headers["location"] == "http://testserver/api/articles/3"
    record("routing/fastapi-create", response)
    assert (
        client.post("/api/articles", json={"title": "", "slug": "x y"}).status_code
        == 422
    )


def test_publish_and_delete(client):
    published = client.post("/api/articles/2/publish").json()
    assert (
        published["status"] == "published"
        and published["published_on"] == date.today().isoformat()
    )
    deleted = client.delete("/api/articles/2")
    assert deleted.status_code == 204 and deleted.content == b""
    assert client.delete("/api/articles/2").status_code == 404


def test_a_method_without_a_route_is_405(client):
    assert client.put("/api/articles/1").status_code == 405


def test_url_path_for_and_url_for():
    assert app.url_path_for("read_article", article_id=5) == "/api/articles/5"
    assert (
        app.url_path_for("articles_on_day", day="2025-01-02")
        == "/api/articles/archive/2025-01-02"
    )


def test_response_classes(client):
    home = client.get("/")
    assert home.headers["content-type"] == "text/html; charset=utf-8"
    assert '<a href="http://testserver/api/articles">' in home.text
    redirect = client.get("/a/1", follow_redirects=False)
    assert (
        redirect.status_code == 302
        and redirect.headers["location"] == "/api/articles/by-slug/hello"
    )
    robots = client.get("/robots.txt")
    assert robots.headers["content-type"].startswith(
        "text/plain"
    ) and robots.text.startswith("User-agent: *")
    health = client.get("/health")
    assert (
        health.json() == {"status": "ok"}
        and health.headers["cache-control"] == "no-store"
    )


def test_route_names_are_not_namespaced():
    first, second = APIRouter(prefix="/a"), APIRouter(prefix="/b")

    @first.get("/{item_id}")
    async def detail(item_id: int) -> int:
        return item_id

    second.add_api_route("/{item_id}", detail)
    combined = FastAPI()
    combined.include_router(first)
    combined.include_router(second)
    # the first route with the name wins
    assert combined.url_path_for("detail", item_id=1) == "/a/1"


def test_redirect_response_defaults_to_307():
    assert RedirectResponse("/elsewhere").status_code == 307


def test_include_router_keeps_the_router_so_later_routes_are_served():
    router = APIRouter()

    @router.get("/early")
    async def early() -> str:
        return "early"

    late_app = FastAPI()
    late_app.include_router(router)
    assert "/late" not in late_app.openapi()["paths"]

    @router.get("/late")
    async def late() -> str:
        return "late"

    client = TestClient(late_app)
    assert client.get("/early").status_code == 200
    assert client.get("/late").json() == "late"  # FastAPI 0.136 and earlier: 404
    assert "/late" in late_app.openapi()["paths"]  # the cached schema is rebuilt too


def test_a_list_without_query_is_read_from_the_body():
    demo = FastAPI()

    @demo.get("/implicit")
    async def implicit(tags: list[str]) -> list[str]:
        return tags

    @demo.get("/explicit")
    async def explicit(tags: Annotated[list[str], Query()]) -> list[str]:
        return tags

    paths = demo.openapi()["paths"]
    assert (
        "requestBody" in paths["/implicit"]["get"]
        and "parameters" not in paths["/implicit"]["get"]
    )
    assert paths["/explicit"]["get"]["parameters"][0]["in"] == "query"


def test_response_class_is_documented():
    responses = app.openapi()["paths"]["/"]["get"]["responses"]["200"]["content"]
    assert list(responses) == ["text/html"]
