import pytest
from rest_framework import serializers
from rest_framework.test import APIClient

from type_safety.django_app.models import Book
from type_safety.drf_app import mistakes
from type_safety.drf_app.serializers import BookSerializer

pytestmark = [pytest.mark.django_db, pytest.mark.urls("type_safety.drf_app.urls")]

DUNE = {"title": "Dune", "pages": 412, "published_on": "1965-08-01"}


@pytest.fixture
def client() -> APIClient:
    return APIClient()


def test_filter_serializer_parses_and_rejects(client):
    Book.objects.create(title="Dune", pages=412)
    Book.objects.create(title="Ubik", pages=202, in_print=False)
    assert [
        b["title"] for b in client.get("/books/", {"in_print": "false"}).json()
    ] == ["Ubik"]
    assert [b["title"] for b in client.get("/books/", {"min_pages": "300"}).json()] == [
        "Dune"
    ]
    response = client.get("/books/", {"in_print": "maybe", "min_pages": "0"})
    assert response.status_code == 400
    assert response.json() == {
        "in_print": ["Must be a valid boolean."],
        "min_pages": ["Ensure this value is greater than or equal to 1."],
    }


def test_serializers_coerce_strings(client):
    response = client.post(
        "/books/new/", {**DUNE, "pages": "412", "in_print": "false"}, format="json"
    )
    assert response.status_code == 201
    assert response.json()["pages"] == 412 and response.json()["in_print"] is False


def test_a_future_date_is_refused(client):
    response = client.post(
        "/books/new/", {**DUNE, "published_on": "2999-01-01"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"published_on": ["Cannot be in the future."]}


def test_strict_field_refuses_a_string_and_a_bool(client):
    assert client.post("/books/new/strict/", DUNE, format="json").status_code == 201
    for pages in ("412", True):
        response = client.post(
            "/books/new/strict/", {**DUNE, "pages": pages}, format="json"
        )
        assert response.status_code == 400
        assert response.json() == {"pages": ["A valid integer is required."]}
    too_many = client.post(
        "/books/new/strict/", {**DUNE, "pages": 20_000}, format="json"
    )
    assert too_many.json() == {
        "pages": ["Ensure this value is less than or equal to 10000."]
    }


def test_type_argument_is_ignored_at_runtime():
    assert serializers.ModelSerializer[Book] is serializers.ModelSerializer


def test_a_misspelt_key_fails_only_when_it_runs():
    serializer = BookSerializer(data=DUNE)
    assert serializer.is_valid()
    with pytest.raises(KeyError, match="titel"):
        mistakes.shelf_label(serializer)
