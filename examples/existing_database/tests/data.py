"""Rows written through Django's ORM into the file Django migrated."""

from existing_database.tests.conftest import ALIAS


def add_books() -> None:
    from existing_database.django_app.models import Book, Publisher, Tag

    penguin = Publisher.objects.using(ALIAS).create(name="Penguin")
    classic, scifi = (
        Tag.objects.using(ALIAS).create(slug=s) for s in ["classic", "sf"]
    )
    dune = Book.objects.using(ALIAS).create(title="Dune", publisher=penguin)
    dune.tags.add(classic, scifi)
    Book.objects.using(ALIAS).create(title="Emma", publisher=penguin).tags.add(classic)
