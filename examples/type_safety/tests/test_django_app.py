from typing import get_type_hints

import pytest
from django.core.management import call_command
from django.db import models
from django.test import Client

from type_safety.django_app import mistakes, queries
from type_safety.django_app.models import Book

pytestmark = [pytest.mark.django_db, pytest.mark.urls("type_safety.django_app.urls")]


@pytest.fixture
def books() -> list[Book]:
    return [
        Book.objects.create(title="Dune", pages=412),
        Book.objects.create(title="Ubik", pages=202, in_print=False),
    ]


def test_migrations_match_the_models():
    call_command("makemigrations", "type_safety", "--check", "--dry-run", verbosity=0)


def test_fields_are_objects_not_annotations():
    # Django reads Field objects at runtime; there is no annotation for a type checker
    # to read.
    assert "title" not in get_type_hints(Book)
    assert isinstance(Book._meta.get_field("title"), models.CharField)
    assert Book._meta.get_field("published_on").null


def test_list_parses_the_query_string_by_hand(books):
    client = Client()
    response = client.get("/books/", {"in_print": "false"})
    assert response.status_code == 200
    assert [book["title"] for book in response.json()["results"]] == ["Ubik"]
    assert [
        b["title"]
        for b in client.get("/books/", {"min_pages": "300"}).json()["results"]
    ] == ["Dune"]


def test_list_rejects_bad_values_with_a_400(books):
    client = Client()
    response = client.get("/books/", {"in_print": "maybe"})
    assert response.status_code == 400
    assert response.json() == {"in_print": ["Must be true or false."]}
    assert client.get("/books/", {"min_pages": "0"}).status_code == 400
    assert client.get("/books/", {"min_pages": "many"}).status_code == 400


def test_the_path_converter_does_the_conversion(books):
    client = Client()
    response = client.get(f"/books/{books[0].pk}/")
    assert response.status_code == 200
    assert response.json() == {
        "id": books[0].pk,
        "title": "Dune",
        "pages": 412,
        "in_print": True,
    }
    # <int:...> did not match: no route
    assert client.get("/books/dune/").status_code == 404
    assert client.get("/books/999/").status_code == 404


def test_queries(books):
    assert queries.get_book(books[0].pk).title == "Dune"
    with pytest.raises(Book.DoesNotExist):
        queries.get_book(999)
    assert queries.find_book(999) is None
    assert queries.titles_in_print() == ["Dune"]
    assert queries.reading_hours(books[1]) == pytest.approx(5.05)
    assert str(books[0]) == "Dune"


def test_the_unchecked_none_fails_only_at_runtime(books):
    assert mistakes.title_of(books[0].pk) == "Dune"
    with pytest.raises(
        AttributeError, match="'NoneType' object has no attribute 'title'"
    ):
        mistakes.title_of(999)
