"""Reading a database Django's migrations built: reflection, automap, sqlacodegen."""

import ast
import sys
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from existing_database.tests.data import add_books

TOPIC_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture
def books(django_database, django_db_blocker) -> Path:
    with django_db_blocker.unblock():
        add_books()
    return django_database


def test_reflection_reads_djangos_tables(engine, books):
    from existing_database.reflection import reflect_app_tables

    metadata = reflect_app_tables(engine)
    assert sorted(metadata.tables) == [
        "existing_database_book",
        "existing_database_book_tags",
        "existing_database_publisher",
        "existing_database_tag",
    ]
    book = metadata.tables["existing_database_book"]
    assert [column.name for column in book.c] == [
        "id",
        "title",
        "published_on",
        "publisher_id",
    ]
    assert [fk.target_fullname for fk in book.c.publisher_id.foreign_keys] == [
        "existing_database_publisher.id"
    ]
    assert {index.name for index in book.indexes} == {
        "existing_database_book_publisher_id_0c3f9586"  # Django's hashed name, kept
    }
    with engine.connect() as connection:
        titles = connection.execute(select(book.c.title).order_by(book.c.id)).scalars()
        assert titles.all() == ["Dune", "Emma"]


# region sqlite_unique
def test_sqlite_reflection_misses_djangos_inline_unique(engine, books):
    with engine.connect() as connection:
        ddl = connection.execute(
            text(
                "SELECT sql FROM sqlite_master WHERE name = 'existing_database_publisher'"
            )
        ).scalar_one()
    assert '"name" varchar(100) NOT NULL UNIQUE' in ddl  # what Django wrote
    inspector = inspect(engine)
    assert inspector.get_unique_constraints("existing_database_publisher") == []


# endregion sqlite_unique


def test_automap_builds_classes_and_relationships(engine, books):
    from existing_database.automap import map_app_tables

    Base = map_app_tables(engine)
    assert sorted(Base.classes.keys()) == ["Book", "BookTags", "Publisher", "Tag"]
    Book, Publisher = Base.classes.Book, Base.classes.Publisher
    relationships = {
        name: sorted(rel.key for rel in inspect(cls).relationships)
        for name, cls in [("Book", Book), ("Publisher", Publisher)]
    }
    assert relationships == {
        "Book": ["booktags_collection", "publisher", "tags"],
        "Publisher": ["book_collection"],
    }
    with Session(engine) as session:
        dune = session.scalars(select(Book).where(Book.title == "Dune")).one()
        assert dune.publisher.name == "Penguin"
        assert sorted(tag.slug for tag in dune.tags) == ["classic", "sf"]
        penguin = session.scalars(select(Publisher)).one()
        assert sorted(b.title for b in penguin.book_collection) == ["Dune", "Emma"]


def test_sqlacodegen_writes_the_committed_models(django_database):
    from existing_database.codegen import generate_models

    generated = generate_models(f"sqlite:///{django_database}")
    committed = (TOPIC_DIR / "generated_models.py").read_text()
    # Compared as syntax trees: reformatting the committed copy changes nothing.
    assert ast.dump(ast.parse(generated)) == ast.dump(ast.parse(committed))
    assert "class ExistingDatabaseBookTags(Base):" in generated  # the join table
    assert "mapped_column(String(100), nullable=False)" in generated  # unique=True lost


def test_the_generated_models_map_and_query(engine, books):
    from existing_database import generated_models as generated

    with Session(engine) as session:
        dune = session.scalars(
            select(generated.ExistingDatabaseBook).filter_by(title="Dune")
        ).one()
        assert dune.publisher.name == "Penguin"
        assert sorted(row.tag.slug for row in dune.existing_database_book_tags) == [
            "classic",
            "sf",
        ]
    assert "existing_database.generated_models" in sys.modules


def test_sqlacodegen_can_write_sqlmodel_classes(django_database):
    from existing_database.codegen import generate_models

    generated = generate_models(f"sqlite:///{django_database}", generator="sqlmodels")
    assert "class ExistingDatabaseBook(SQLModel, table=True):" in generated
    assert "from sqlmodel import " in generated
