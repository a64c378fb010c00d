from datetime import UTC, datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client
from fakeredis import FakeRedis, FakeRedisConnection

from caching.django_app import cache_settings
from caching.django_app.models import Article
from caching.django_app.views import LIST_GENERATION_KEY, article_key
from exchanges import record

pytestmark = [pytest.mark.django_db, pytest.mark.urls("caching.django_app.urls")]

SEEDED_AT = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def article() -> Article:
    article = Article.objects.create(
        slug="caching", title="Caching", body="Keep it close."
    )
    # A fixed time (update() skips auto_now), so the ETag is the same on every run.
    Article.objects.filter(pk=article.pk).update(updated_at=SEEDED_AT)
    article.refresh_from_db()
    return article


@pytest.fixture
def client() -> Client:
    return Client()


def test_migrations_match_the_models():
    call_command("makemigrations", "caching", "--check", "--dry-run", verbosity=0)


def test_detail_is_read_from_the_cache_after_the_first_request(
    client, article, django_assert_num_queries
):
    with django_assert_num_queries(1):
        first = client.get("/articles/caching/")
    with django_assert_num_queries(0):
        second = client.get("/articles/caching/")
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() == cache.get(article_key("caching"))
    assert first.json()["title"] == "Caching"


def test_missing_article_is_a_404_and_is_not_cached(client):
    assert client.get("/articles/nope/").status_code == 404
    assert cache.get(article_key("nope")) is None


def test_detail_sends_cache_control_and_etag_and_answers_304(
    client, article, django_assert_num_queries
):
    response = client.get("/articles/caching/")
    assert response["Cache-Control"] == "public, max-age=60"
    etag = response["ETag"]
    record("caching/django-detail", response)
    with django_assert_num_queries(0):
        not_modified = client.get("/articles/caching/", headers={"If-None-Match": etag})
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    record("caching/django-not-modified", not_modified)
    assert (
        client.get(
            "/articles/caching/", headers={"If-None-Match": '"other"'}
        ).status_code
        == 200
    )


def test_update_deletes_the_cached_detail_and_changes_the_etag(client, article):
    before = client.get("/articles/caching/")
    response = client.post(
        "/articles/caching/edit/", {"title": "Caching, revised", "body": "Closer."}
    )
    assert response.status_code == 200
    after = client.get("/articles/caching/", headers={"If-None-Match": before["ETag"]})
    assert after.status_code == 200  # the old ETag no longer matches
    assert after.json()["title"] == "Caching, revised"


def test_invalid_update_is_a_400_and_keeps_the_cache(client, article):
    client.get("/articles/caching/")
    response = client.post("/articles/caching/edit/", {"title": "", "body": "x"})
    assert response.status_code == 400
    assert cache.get(article_key("caching"))["title"] == "Caching"


def test_list_uses_a_versioned_key_that_an_update_moves_on(
    client, article, django_assert_num_queries
):
    Article.objects.create(slug="django", title="Django", body="...")
    assert [a["title"] for a in client.get("/articles/").json()["articles"]] == [
        "Caching",
        "Django",
    ]
    with django_assert_num_queries(0):
        client.get("/articles/")

    client.post("/articles/caching/edit/", {"title": "Zebra caching", "body": "..."})

    assert cache.get(LIST_GENERATION_KEY) == 2
    assert [a["title"] for a in client.get("/articles/").json()["articles"]] == [
        "Django",
        "Zebra caching",
    ]
    # The old generation is still stored, but nothing reads it; it expires after
    # LIST_TTL.
    assert [a["title"] for a in cache.get("articles:list", version=1)] == [
        "Caching",
        "Django",
    ]


def test_cache_page_serves_a_stale_copy_after_a_write(
    client, article, django_assert_num_queries
):
    first = client.get("/articles/latest/")
    assert first.json() == {"titles": ["Caching"]}
    # cache_page sets the browser headers too
    assert "max-age=60" in first["Cache-Control"]
    Article.objects.create(slug="new", title="New", body="...")
    with django_assert_num_queries(0):
        # stale for 60 s
        assert client.get("/articles/latest/").json() == {"titles": ["Caching"]}
    cache.clear()
    assert client.get("/articles/latest/").json() == {"titles": ["New", "Caching"]}


def test_template_fragment_skips_its_query_until_the_article_changes(
    client, article, django_assert_num_queries
):
    Article.objects.create(slug="django", title="Django", body="...")
    # the article, then the related list inside the fragment
    with django_assert_num_queries(2):
        first = client.get("/articles/caching/page/")
    with django_assert_num_queries(1):  # the fragment comes from the cache
        second = client.get("/articles/caching/page/")
    assert (
        "<li>Django</li>" in first.content.decode() and first.content == second.content
    )

    article.title = "Caching, revised"
    article.save()  # a new updated_at is a new fragment key
    with django_assert_num_queries(2):
        client.get("/articles/caching/page/")


def test_template_renders_the_related_titles():
    html = render_to_string(
        "caching/article_page.html",
        {
            "article": Article(pk=1, title="A", body="b"),
            "related": [Article(title="Other")],
        },
    )
    assert "<h1>A</h1>" in html and "<li>Other</li>" in html


def test_production_settings_use_django_redis_backend(settings):
    # fakeredis stands in for the server; the rest of the settings are the ones on the
    # page.
    default = cache_settings.CACHES["default"]
    fake_server = {"connection_class": FakeRedisConnection}
    settings.CACHES = {"default": {**default, "OPTIONS": fake_server}}
    cache.set("greeting", "hello", timeout=30)
    assert cache.get("greeting") == "hello"
    server = FakeRedis(host="localhost", port=6379)
    # KEY_PREFIX and version are in the key
    assert server.ttl("articles:1:greeting") == 30
    server.flushall()
