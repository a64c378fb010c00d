import pytest
from django.urls import reverse
from rest_framework.reverse import reverse as api_reverse
from rest_framework.routers import DefaultRouter
from rest_framework.test import APIClient, APIRequestFactory

from routing.django_app.models import Article
from routing.drf_app.views import ArticleViewSet

pytestmark = [pytest.mark.django_db, pytest.mark.urls("routing.urls")]


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def test_router_generates_named_urls_for_every_action():
    assert reverse("article-list") == "/api/articles/"
    assert reverse("article-detail", kwargs={"pk": 3}) == "/api/articles/3/"
    assert reverse("article-drafts") == "/api/articles/drafts/"
    assert reverse("article-publish", kwargs={"pk": 3}) == "/api/articles/3/publish/"


def test_default_router_adds_an_api_root(client):
    assert client.get("/api/").json() == {"articles": "http://testserver/api/articles/"}


def test_drf_reverse_with_a_request_is_absolute():
    request = APIRequestFactory().get("/")
    assert (
        api_reverse("article-detail", kwargs={"pk": 3}, request=request)
        == "http://testserver/api/articles/3/"
    )


def test_viewset_crud_and_status_codes(client):
    created = client.post(
        "/api/articles/", {"title": "New", "slug": "new"}, format="json"
    )
    assert created.status_code == 201
    pk = created.json()["id"]
    assert client.get(f"/api/articles/{pk}/").json()["status"] == "draft"
    assert (
        client.patch(
            f"/api/articles/{pk}/", {"title": "Renamed"}, format="json"
        ).json()["title"]
        == "Renamed"
    )
    assert client.delete(f"/api/articles/{pk}/").status_code == 204
    assert client.get(f"/api/articles/{pk}/").status_code == 404


def test_actions_and_the_unchecked_query_parameter(client):
    draft = Article.objects.create(title="Draft", slug="draft")
    Article.objects.create(title="Live", slug="live", status=Article.Status.PUBLISHED)
    assert [a["slug"] for a in client.get("/api/articles/drafts/").json()] == ["draft"]
    assert [
        a["slug"] for a in client.get("/api/articles/", {"status": "published"}).json()
    ] == ["live"]
    # no 400: nobody checked it
    assert client.get("/api/articles/", {"status": "bogus"}).json() == []
    published = client.post(f"/api/articles/{draft.pk}/publish/")
    assert published.status_code == 200
    assert (
        published.json()["status"] == "published" and published.json()["published_on"]
    )
    assert client.get(f"/api/articles/{draft.pk}/publish/").status_code == 405


def test_trailing_slash_false_drops_the_slash_from_every_route():
    router = DefaultRouter(trailing_slash=False)
    router.register("articles", ArticleViewSet, basename="article")
    patterns = {str(url.pattern) for url in router.urls}
    assert "^articles$" in patterns and "^articles/(?P<pk>[^/.]+)$" in patterns
