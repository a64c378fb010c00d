import pytest
from rest_framework.test import APIClient

from data_modeling.django_app.models import Author, Post

pytestmark = [pytest.mark.django_db, pytest.mark.urls("data_modeling.drf_app.urls")]


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def test_create_author_returns_the_output_fields(client):
    response = client.post(
        "/authors/", {"email": "ada@example.com", "display_name": "Ada"}, format="json"
    )
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "email", "display_name", "joined_at"}
    assert body["joined_at"]  # read-only, filled by the database default


def test_read_only_fields_are_ignored_on_input(client):
    response = client.post(
        "/authors/",
        {
            "email": "ada@example.com",
            "display_name": "Ada",
            "joined_at": "2000-01-01T00:00:00Z",
        },
        format="json",
    )
    assert response.status_code == 201
    assert not response.json()["joined_at"].startswith("2000")


def test_duplicate_email_is_a_400_field_error(client):
    Author.objects.create(email="ada@example.com", display_name="Ada")
    response = client.post(
        "/authors/", {"email": "ada@example.com", "display_name": "Ada"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"email": ["author with this email already exists."]}


def test_detail_nests_posts_in_two_queries(client, django_assert_num_queries):
    author = Author.objects.create(email="ada@example.com", display_name="Ada")
    for number in range(3):
        Post.objects.create(
            author=author, title=f"Post {number}", slug=f"post-{number}"
        )
    with django_assert_num_queries(2):  # the author, then all posts: no N+1
        response = client.get(f"/authors/{author.pk}/")
    assert response.status_code == 200
    assert [post["slug"] for post in response.json()["posts"]] == [
        "post-2",
        "post-1",
        "post-0",
    ]
