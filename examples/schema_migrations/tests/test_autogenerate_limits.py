"""What `alembic revision --autogenerate` notices, and what it misses.

Each test compares a variant of the reviews table with a database upgraded to head, the same
comparison autogenerate runs. The page's table of autogenerate's limits rests on these tests.
"""

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import (
    CheckConstraint,
    Column,
    Connection,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    text,
)

from schema_migrations.tests.conftest import alembic_config, run_alembic


@pytest.fixture
def connection(shared_db, sync_engine) -> Iterator[Connection]:
    run_alembic(command.upgrade, alembic_config(shared_db), "head")
    with sync_engine.connect() as connection:
        yield connection


def models_without_reviews() -> MetaData:
    """A copy of the models' metadata holding every table except reviews."""
    from schema_migrations.fastapi_app.models import Base

    metadata = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.sorted_tables:
        if table.name != "reviews":
            table.to_metadata(metadata)
    return metadata


def reviews_variant(
    name="reviews",
    body="body",
    rating=Integer,
    body_nullable=False,
    status_default="pending",
    extra=(),
) -> MetaData:
    metadata = models_without_reviews()
    Table(
        name,
        metadata,
        Column("id", Integer, primary_key=True),
        Column(
            "product_id",
            ForeignKey("schema_migrations_product.id"),
            nullable=False,
            index=True,
        ),
        Column("rating", rating, nullable=False),
        Column(body, Text, nullable=body_nullable),
        Column("created_at", DateTime, server_default=func.now(), nullable=False),
        Column(
            "status",
            String(20),
            ForeignKey("review_statuses.code"),
            server_default=status_default,
            nullable=False,
        ),
        Column("helpful_votes", Integer, server_default="0", nullable=False),
        Index(f"ix_{name}_created_at", "created_at"),
        *extra,
    )
    return metadata


def changes(
    connection: Connection, metadata: MetaData, **options
) -> set[tuple[str, ...]]:
    """compare_metadata's answer as a set of (operation, table[, column]) tuples."""
    from schema_migrations.fastapi_app.models import owned_by_alembic

    context = MigrationContext.configure(
        connection, opts={"include_object": owned_by_alembic, **options}
    )
    found = set()
    for diff in compare_metadata(context, metadata):
        for op in diff if isinstance(diff, list) else [diff]:
            if op[0] in ("add_table", "remove_table"):
                found.add((op[0], op[1].name))
            elif op[0] in ("add_column", "remove_column"):
                found.add((op[0], op[2], op[3].name))
            elif op[0].startswith("modify_"):
                found.add((op[0], op[2], op[3]))
            else:
                found.add((op[0],))
    return found


def test_the_copy_of_the_models_matches_the_database(connection):
    assert changes(connection, reviews_variant()) == set()


def test_a_renamed_column_is_a_drop_and_an_add(connection):
    assert changes(connection, reviews_variant(body="text")) == {
        ("add_column", "reviews", "text"),
        ("remove_column", "reviews", "body"),  # the data in body would be lost
    }


def test_a_renamed_table_is_a_create_and_a_drop(connection):
    renamed = reviews_variant(name="product_reviews")
    plain = MigrationContext.configure(connection)
    found = {
        (diff[0], diff[1].name)
        for diff in compare_metadata(plain, renamed)
        if "table" in diff[0]
    }
    assert {("add_table", "product_reviews"), ("remove_table", "reviews")} <= found
    # With the ownership hook the old table is merely skipped: still no rename, no data
    # copied.
    assert ("add_table", "product_reviews") in changes(connection, renamed)
    assert ("remove_table", "reviews") not in changes(connection, renamed)


def test_type_changes_are_detected(connection):
    assert changes(connection, reviews_variant(rating=String(10))) == {
        ("modify_type", "reviews", "rating")
    }


def test_nullable_changes_are_detected(connection):
    assert changes(connection, reviews_variant(body_nullable=True)) == {
        ("modify_nullable", "reviews", "body")
    }


def test_server_default_changes_are_ignored_unless_asked(connection):
    changed = reviews_variant(status_default="new")
    assert changes(connection, changed) == set()
    assert changes(connection, changed, compare_server_default=True) == {
        ("modify_default", "reviews", "status")
    }


def test_check_constraints_are_not_compared(connection):
    checked = reviews_variant(
        extra=[CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range")]
    )
    assert changes(connection, checked) == set()


def test_a_model_env_py_never_imports(connection):
    from schema_migrations.fastapi_app.models import Base

    forgotten = models_without_reviews()
    # With the ownership hook, the forgotten table is silently skipped...
    assert changes(connection, forgotten) == set()
    # ...without any hook, autogenerate proposes to drop it, and every table Django
    # owns.
    context = MigrationContext.configure(connection)
    dropped = {
        diff[1].name
        for diff in compare_metadata(context, forgotten)
        if diff[0] == "remove_table"
    }
    assert {"reviews", "django_migrations"} <= dropped
    # the real env.py imports it, so nothing is lost
    assert "reviews" in Base.metadata.tables


def test_unnamed_constraints_are_invisible_named_ones_are_not():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        connection.execute(
            text(
                "CREATE TABLE tags (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, UNIQUE (name))"
            )
        )
        connection.execute(
            text(
                "CREATE TABLE labels (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50) NOT NULL, CONSTRAINT uq_labels_name UNIQUE (name))"
            )
        )
        metadata = MetaData()  # both models dropped unique=True
        for table in ("tags", "labels"):
            Table(
                table,
                metadata,
                Column("id", Integer, primary_key=True),
                Column("name", String(50), nullable=False),
            )
        diffs = compare_metadata(MigrationContext.configure(connection), metadata)
    assert [(diff[0], diff[1].table.name) for diff in diffs] == [
        ("remove_constraint", "labels")
    ]
    engine.dispose()
