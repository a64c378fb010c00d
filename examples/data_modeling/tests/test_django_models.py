import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection

from data_modeling.django_app.models import Author, Post

pytestmark = pytest.mark.django_db


def test_migrations_match_the_models():
    # Fails if someone edits models.py without running makemigrations.
    call_command("makemigrations", "data_modeling", "--check", "--dry-run", verbosity=0)


def test_database_sets_joined_at_and_django_sets_created_at():
    author = Author.objects.create(email="ada@example.com", display_name="Ada")
    post = Post.objects.create(author=author, title="Hello", slug="hello")
    author.refresh_from_db()
    assert author.joined_at is not None
    assert post.created_at is not None
    assert post.status == Post.Status.DRAFT


def test_email_is_unique_in_the_database():
    Author.objects.create(email="ada@example.com", display_name="Ada")
    with pytest.raises(IntegrityError):
        Author.objects.create(email="ada@example.com", display_name="Another Ada")


def test_foreign_key_and_declared_index_exist():
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(
            cursor, Post._meta.db_table
        )
    indexed_columns = [c["columns"] for c in constraints.values() if c["index"]]
    assert ["author_id"] in indexed_columns  # Django indexes every ForeignKey
    assert ["status", "created_at"] in indexed_columns


def test_related_name_gives_the_reverse_relation():
    author = Author.objects.create(email="ada@example.com", display_name="Ada")
    Post.objects.create(author=author, title="First", slug="first")
    Post.objects.create(author=author, title="Second", slug="second")
    assert sorted(author.posts.values_list("slug", flat=True)) == ["first", "second"]
    assert str(author) == "Ada" and str(author.posts.first()) in {"First", "Second"}
