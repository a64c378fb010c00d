from pathlib import Path

import django
import pytest
from django.core.management import call_command
from rest_framework.fields import Field

from performance.django_app.models import Author, Book

pytestmark = [pytest.mark.django_db, pytest.mark.urls("performance.django_app.urls")]

EXPECTED_FIRST = {"id": 1, "title": "Book 1a", "year": 2001, "author_name": "Author 1"}


@pytest.fixture
def books() -> None:
    """Three authors with two books each, as in the FastAPI tests."""
    for number in range(1, 4):
        author = Author.objects.create(name=f"Author {number}")
        for part in "ab":
            Book.objects.create(
                author=author, title=f"Book {number}{part}", year=2000 + number
            )


@pytest.fixture
def field_reads(monkeypatch) -> list[str]:
    """Every value a DRF serializer field reads from an object: one per field per row."""
    reads: list[str] = []
    original = Field.get_attribute

    def counting(self, instance):
        reads.append(self.field_name)
        return original(self, instance)

    monkeypatch.setattr(Field, "get_attribute", counting)
    return reads


def test_migrations_match_the_models():
    call_command("makemigrations", "performance", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/books/n-plus-one/", 1 + 6),  # one query per book: no identity map in Django
        ("/books/", 1),
        ("/books/values/", 1),
        ("/api/books/n-plus-one/", 1 + 6),
        ("/api/books/", 1),
        ("/api/books/values/", 1),
    ],
)
def test_queries_per_request(client, books, django_assert_num_queries, path, queries):
    with django_assert_num_queries(queries):
        response = client.get(path)
    assert response.json()[0] == EXPECTED_FIRST and len(response.json()) == 6


def test_every_version_returns_the_same_json(client, books):
    paths = [
        "/books/n-plus-one/",
        "/books/",
        "/books/values/",
        "/api/books/",
        "/api/books/values/",
    ]
    bodies = [client.get(path).json() for path in paths]
    assert all(body == bodies[0] for body in bodies)


def test_a_serializer_reads_every_field_of_every_row(client, books, field_reads):
    client.get("/api/books/")
    # rows x fields, each through Python-level field code
    assert len(field_reads) == 6 * 4
    assert field_reads[:4] == ["id", "title", "year", "author_name"]


def test_values_skips_the_serializer_entirely(client, books, field_reads):
    client.get("/api/books/values/")
    assert field_reads == []


def test_ping_touches_no_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/ping/").json() == {"ok": True}


def test_a_new_django_project_has_seven_middleware_classes():
    template = (
        Path(django.__file__).parent
        / "conf/project_template/project_name/settings.py-tpl"
    )
    block = template.read_text().split("MIDDLEWARE = [")[1].split("]")[0]
    assert block.count("Middleware") == 7
