from datetime import date

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import resolve, reverse

from exchanges import record
from routing.django_app.models import Article

pytestmark = [pytest.mark.django_db, pytest.mark.urls("routing.urls")]


@pytest.fixture
def published() -> Article:
    return Article.objects.create(
        title="Hello",
        slug="hello",
        status=Article.Status.PUBLISHED,
        published_on=date(2025, 3, 31),
    )


def test_migrations_match_the_models():
    call_command("makemigrations", "routing", "--check", "--dry-run", verbosity=0)


def test_int_converter_passes_an_int_and_rejects_other_text(client, published):
    match = resolve(f"/articles/{published.pk}/")
    assert match.kwargs == {"pk": published.pk} and match.url_name == "detail"
    assert client.get(f"/articles/{published.pk}/").json()["slug"] == "hello"
    assert client.get("/articles/-1/").status_code == 404  # no pattern matches
    assert str(published) == "Hello"


def test_slug_pattern_comes_after_int_and_renders_the_generic_detail_view(
    client, published
):
    # "42" is also a slug; order decides
    assert resolve("/articles/42/").url_name == "detail"
    response = client.get("/articles/hello/")
    assert response.status_code == 200
    assert "<h1>Hello</h1>" in response.content.decode()
    assert response.templates[0].name == "routing/article_detail.html"
    assert client.get("/articles/missing/").status_code == 404


def test_custom_converter_turns_the_segment_into_a_date(client, published):
    response = client.get("/articles/archive/2025-03-31/")
    assert response.json() == {
        "day": "2025-03-31",
        "articles": [
            {
                "id": published.pk,
                "title": "Hello",
                "slug": "hello",
                "status": "published",
            }
        ],
    }
    assert resolve("/articles/archive/2025-03-31/").kwargs == {"day": date(2025, 3, 31)}


def test_converter_value_error_is_a_404_not_a_400(client):
    response = client.get("/articles/archive/2025-02-30/")
    assert response.status_code == 404
    record("routing/django-impossible-date", response)


def test_reverse_uses_the_namespace_and_the_converter_to_url():
    assert reverse("articles:detail", kwargs={"pk": 7}) == "/articles/7/"
    assert (
        reverse("articles:archive-day", kwargs={"day": date(2025, 1, 2)})
        == "/articles/archive/2025-01-02/"
    )
    assert reverse("short-link", args=[7]) == "/a/7/"


def test_query_parameters_are_parsed_and_checked_by_hand(client, published):
    Article.objects.create(title="Draft", slug="draft")
    assert [a["slug"] for a in client.get("/articles/").json()] == ["hello"]
    both = client.get(
        "/articles/", {"status": ["draft", "published"], "limit": "1"}
    ).json()
    assert [a["slug"] for a in both] == ["hello"]
    assert client.get("/articles/", {"limit": "abc"}).json() == {
        "error": "limit must be an integer"
    }
    too_big = client.get("/articles/", {"limit": "500"})
    assert too_big.status_code == 400
    record("routing/django-limit-too-big", too_big)
    assert client.get("/articles/", {"status": "bogus"}).status_code == 400


def test_post_creates_with_201_and_a_location_from_reverse():
    client = Client(enforce_csrf_checks=True)  # csrf_exempt lets a JSON client post
    response = client.post(
        "/articles/", {"title": "New", "slug": "new"}, content_type="application/json"
    )
    assert response.status_code == 201
    assert response["Location"] == f"/articles/{response.json()['id']}/"
    record("routing/django-create", response)


def test_class_based_view_dispatches_by_method(client, published):
    assert client.put(f"/articles/{published.pk}/").status_code == 405
    assert client.delete(f"/articles/{published.pk}/").status_code == 204
    assert not Article.objects.exists()


def test_function_view_restricted_to_get(client):
    assert client.post("/articles/archive/2025-03-31/").status_code == 405


def test_redirect_and_plain_text_responses(client, published):
    response = client.get(f"/a/{published.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/articles/hello/"
    robots = client.get("/robots.txt")
    assert robots["Content-Type"] == "text/plain" and robots.content.startswith(
        b"User-agent: *"
    )
