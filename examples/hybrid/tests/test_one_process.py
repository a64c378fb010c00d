"""Pattern 2: both frameworks in one process, FastAPI in front (a2wsgi) or Django in front (dispatcher)."""

from datetime import UTC, datetime

import pytest
from fastapi.testclient import TestClient

from hybrid.django_app.models import Article
from hybrid.fastapi_app.main import create_public_api
from hybrid.one_process import django_first, fastapi_first
from hybrid.tests.conftest import PASSWORD

PUBLISHED = {"title": "Mounted", "slug": "mounted", "body": "b", "status": "published"}


def log_in_through_the_admin(client: TestClient) -> None:
    client.get("/admin/login/")  # sets the csrftoken cookie
    response = client.post(
        "/admin/login/",
        data={
            "username": "grace",
            "password": PASSWORD,
            "csrfmiddlewaretoken": client.cookies["csrftoken"],
        },
        follow_redirects=False,
    )
    assert response.status_code == 302


@pytest.fixture(params=["fastapi_first", "django_first"])
def app_client(request, database_url, hybrid_urls):
    factory = {"fastapi_first": fastapi_first, "django_first": django_first}[
        request.param
    ]
    # `with` runs the lifespan
    with TestClient(factory(database_url), follow_redirects=False) as client:
        yield client


# region both_ways
def test_each_framework_answers_its_own_paths(app_client):
    assert app_client.get("/api/articles/").json() == []  # FastAPI's JSON
    assert app_client.get("/api/docs").status_code == 200  # FastAPI's docs
    response = app_client.get("/admin/")
    # Django
    assert (response.status_code, response.headers["location"]) == (
        302,
        "/admin/login/?next=/admin/",
    )


def test_an_editor_publishes_through_the_admin_and_the_api_shows_it(app_client, editor):
    log_in_through_the_admin(app_client)
    # the admin's widgets
    form = {**PUBLISHED, "published_at_0": "2025-01-02", "published_at_1": "03:04:05"}
    # a real CSRF check: no test client shortcut in this process
    token = app_client.cookies["csrftoken"]
    response = app_client.post(
        "/admin/hybrid/article/add/", data={**form, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    [article] = app_client.get("/api/articles/").json()
    assert (article["slug"], article["published_at"]) == (
        "mounted",
        "2025-01-02T03:04:05Z",
    )
    assert app_client.get("/articles/mounted/").status_code == 200  # Django's HTML page


# endregion both_ways


# region fastapi_first_slash
def test_with_django_mounted_at_the_root_fastapi_never_adds_a_slash(
    database_url, hybrid_urls
):
    with TestClient(create_public_api(database_url), follow_redirects=False) as alone:
        # FastAPI on its own redirects to the slash
        assert alone.get("/api/articles").status_code == 307
    with TestClient(fastapi_first(database_url), follow_redirects=False) as client:
        response = client.get("/api/articles")
    # the catch-all mount matched before the slash redirect
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")  # Django's 404 page


# endregion fastapi_first_slash


# region django_first_slash
def test_the_dispatcher_redirects_the_bare_prefix_as_nginx_does(
    database_url, hybrid_urls
):
    with TestClient(django_first(database_url), follow_redirects=False) as client:
        response = client.get("/api?page=2")
        not_found = client.get("/api/nowhere/")
    assert (response.status_code, response.headers["location"]) == (301, "/api/?page=2")
    # FastAPI's, not Django's
    assert (not_found.status_code, not_found.json()) == (404, {"detail": "Not Found"})


# endregion django_first_slash


def test_a_row_django_writes_is_served_by_fastapi_in_the_same_process(app_client):
    Article.objects.create(**PUBLISHED, published_at=datetime(2025, 1, 1, tzinfo=UTC))
    assert app_client.get("/api/articles/mounted/").json()["title"] == "Mounted"
