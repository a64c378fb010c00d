"""Pattern 1: Django's admin and pages beside a FastAPI public API, two applications on one database."""

from datetime import UTC, datetime

import pytest
from django.test import Client
from fastapi.testclient import TestClient

from hybrid.django_app.models import Article
from hybrid.fastapi_app.main import app_from_environment, create_public_api

ARTICLE = {
    "title": "One database, two frameworks",
    "slug": "one-database",
    "body": "word " * 450,  # 450 words: three minutes at 200 words a minute
    "status": "draft",
    "published_at_0": "",  # the admin's split date and time widgets, left empty
    "published_at_1": "",
}


@pytest.fixture
def back_office(editor, hybrid_urls) -> Client:
    """The Django service, as an editor's browser sees it."""
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def public_api(database_url):
    """The FastAPI service: another application, the same database."""
    with TestClient(create_public_api(database_url)) as client:
        yield client


# region admin_to_api
def test_a_draft_written_in_the_admin_is_public_once_published(back_office, public_api):
    response = back_office.post("/admin/hybrid/article/add/", ARTICLE)
    assert response.status_code == 302  # the admin saved it and redirected to the list
    assert public_api.get("/api/articles/").json() == []  # a draft is not public

    article = Article.objects.get(slug="one-database")
    back_office.post(
        "/admin/hybrid/article/",
        {"action": "publish_now", "_selected_action": [article.pk]},
    )

    [public] = public_api.get("/api/articles/").json()
    article.refresh_from_db()
    assert public["slug"] == "one-database"
    # the same instant
    assert datetime.fromisoformat(public["published_at"]) == article.published_at
    assert public["published_at"].endswith("Z")  # aware UTC, as Django holds it


# endregion admin_to_api


# region shared_rule
def test_the_page_and_the_api_show_the_same_reading_time(back_office, public_api):
    back_office.post("/admin/hybrid/article/add/", ARTICLE)
    back_office.post(
        "/admin/hybrid/article/",
        {"action": "publish_now", "_selected_action": [Article.objects.get().pk]},
    )
    page = back_office.get("/articles/one-database/")
    api = public_api.get("/api/articles/one-database/").json()
    assert "<p>3 min read</p>" in page.text
    assert api["reading_minutes"] == 3


# endregion shared_rule


def test_a_missing_or_unpublished_article_is_404_on_both_sides(back_office, public_api):
    back_office.post("/admin/hybrid/article/add/", ARTICLE)
    assert back_office.get("/articles/one-database/").status_code == 404
    response = public_api.get("/api/articles/one-database/")
    assert (response.status_code, response.json()) == (
        404,
        {"detail": "No Article matches the given query."},
    )


def test_the_public_api_documents_itself_under_its_own_prefix(public_api):
    assert public_api.get("/api/docs").status_code == 200
    schema = public_api.get("/api/openapi.json").json()
    assert sorted(schema["paths"]) == ["/api/articles/", "/api/articles/{slug}/"]


def test_the_standalone_service_reads_its_database_from_the_environment(
    database_url, monkeypatch
):
    monkeypatch.setenv("DATABASE_URL", database_url)
    Article.objects.create(
        title="T",
        slug="t",
        body="b",
        status="published",
        published_at=datetime(2025, 1, 1, tzinfo=UTC),
    )
    with TestClient(app_from_environment()) as client:
        assert [article["slug"] for article in client.get("/api/articles/").json()] == [
            "t"
        ]
