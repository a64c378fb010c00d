"""Missing or extra trailing slashes: Django redirects with a 301, Starlette with a 307."""

from collections.abc import Iterator

import pytest
from django.test import Client
from fastapi import FastAPI
from fastapi.testclient import TestClient

from exchanges import record
from routing.django_app.models import Article
from routing.fastapi_app import articles
from routing.fastapi_app.main import app


@pytest.fixture
def api() -> Iterator[TestClient]:
    articles.ARTICLES.clear()
    with TestClient(app) as client:
        yield client
    articles.ARTICLES.clear()


@pytest.mark.django_db
@pytest.mark.urls("routing.urls")
class TestDjangoAppendSlash:
    def test_get_without_the_slash_is_a_301(self, client: Client):
        response = client.get("/articles")
        assert response.status_code == 301 and response["Location"] == "/articles/"
        record("routing/django-missing-slash", response)

    def test_an_extra_slash_is_not_removed(self, client: Client):
        assert client.get("/robots.txt/").status_code == 404

    def test_query_string_is_kept(self, client: Client):
        assert (
            client.get("/api/articles?status=draft")["Location"]
            == "/api/articles/?status=draft"
        )

    def test_post_is_redirected_too_and_arrives_as_a_get(self, client: Client):
        response = client.post(
            "/articles",
            {"title": "Lost", "slug": "lost"},
            content_type="application/json",
        )
        assert response.status_code == 301
        followed = client.post(
            "/articles",
            {"title": "Lost", "slug": "lost"},
            content_type="application/json",
            follow=True,
        )
        assert followed.redirect_chain == [("/articles/", 301)]
        assert followed.request["REQUEST_METHOD"] == "GET"  # the body is gone
        assert not Article.objects.exists()

    def test_with_debug_on_a_post_raises_instead(self, client: Client, settings):
        settings.DEBUG = True
        with pytest.raises(
            RuntimeError,
            match="can't redirect to the slash URL while maintaining POST data",
        ):
            client.post(
                "/articles",
                {"title": "Lost", "slug": "lost"},
                content_type="application/json",
            )

    def test_append_slash_false_gives_a_404(self, client: Client, settings):
        settings.APPEND_SLASH = False
        assert client.get("/articles").status_code == 404


class TestStarletteRedirectSlashes:
    def test_extra_slash_is_a_307_to_the_absolute_url(self, api: TestClient):
        response = api.get("/api/articles/?limit=5", follow_redirects=False)
        assert response.status_code == 307
        assert response.headers["location"] == "http://testserver/api/articles?limit=5"
        record("routing/fastapi-extra-slash", response)

    def test_post_is_replayed_with_its_body(self, api: TestClient):
        response = api.post("/api/articles/", json={"title": "Kept", "slug": "kept"})
        assert response.status_code == 201  # 307 keeps the method and the body
        assert [r.status_code for r in response.history] == [307]

    def test_missing_slash_is_added_too(self):
        demo = FastAPI()

        @demo.get("/items/")
        async def items() -> list[int]:
            return [1]

        response = TestClient(demo).get("/items", follow_redirects=False)
        assert (
            response.status_code == 307
            and response.headers["location"] == "http://testserver/items/"
        )

    def test_redirect_slashes_false_gives_a_404(self):
        strict = FastAPI(redirect_slashes=False)
        strict.include_router(articles.router)
        assert TestClient(strict).get("/articles/").status_code == 404
