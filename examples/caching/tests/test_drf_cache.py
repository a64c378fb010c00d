import pytest
from django.core.cache import cache
from rest_framework.test import APIClient

from caching.django_app.models import Article
from caching.drf_app.views import ArticleViewSet
from exchanges import record

pytestmark = [pytest.mark.django_db, pytest.mark.urls("caching.drf_app.urls")]


@pytest.fixture
def client() -> APIClient:
    Article.objects.create(slug="caching", title="Caching", body="Keep it close.")
    return APIClient()


def test_retrieve_is_cached_and_an_update_invalidates_it(
    client, django_assert_num_queries
):
    with django_assert_num_queries(1):
        assert client.get("/articles/caching/").json()["title"] == "Caching"
    with django_assert_num_queries(0):
        assert client.get("/articles/caching/").json()["title"] == "Caching"

    response = client.patch(
        "/articles/caching/", {"title": "Caching, revised"}, format="json"
    )
    assert response.status_code == 200
    assert cache.get(ArticleViewSet.cache_key("caching")) is None
    assert client.get("/articles/caching/").json()["title"] == "Caching, revised"


def test_list_is_cached_per_authorization_header(client, django_assert_num_queries):
    first = client.get("/articles/")
    assert [a["slug"] for a in first.json()] == ["caching"]
    # cache_page keys on each of them
    assert first["Vary"] == "Authorization, Accept, Cookie"
    record("caching/drf-cached-list", first)
    Article.objects.create(slug="new", title="New", body="...")
    with django_assert_num_queries(0):
        assert len(client.get("/articles/").json()) == 1  # the cached page, stale
    other_user = client.get("/articles/", headers={"Authorization": "Token other"})
    # a different Authorization header is a different entry
    assert len(other_user.json()) == 2
