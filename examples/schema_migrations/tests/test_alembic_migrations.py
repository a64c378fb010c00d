from io import StringIO

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import inspect, select, text
from sqlalchemy.orm import Session

from schema_migrations.tests.conftest import (
    SHARED_ALIAS,
    alembic_config,
    django_migrate,
    run_alembic,
)

CREATE_REVIEWS = "80f67be5aee2"
MODERATE_REVIEWS = "95a2bde3afb9"
HELPFUL_VOTES = "9487faaec554"
DATE_INDEX = "66194a404e8d"
MERGE = "bfc4b13a4a9d"


def add_product(engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO schema_migrations_product (id, name, slug, price_cents, description, in_stock)"
                " VALUES (1, 'Mug', 'mug', 900, '', 1)"
            )
        )


def test_upgrade_head_creates_only_the_alembic_tables(shared_db, sync_engine):
    run_alembic(command.upgrade, alembic_config(shared_db), "head")
    inspector = inspect(sync_engine)
    assert {
        "reviews",
        "review_statuses",
        "alembic_version",
        "schema_migrations_product",
    } <= set(inspector.get_table_names())
    assert [c["name"] for c in inspector.get_columns("reviews")] == [
        "id",
        "product_id",
        "rating",
        "body",
        "created_at",
        "status",
        "helpful_votes",
    ]
    assert {index["name"] for index in inspector.get_indexes("reviews")} == {
        "ix_reviews_product_id",
        "ix_reviews_created_at",
    }
    foreign_keys = {
        fk["name"]: fk["referred_table"] for fk in inspector.get_foreign_keys("reviews")
    }
    assert foreign_keys == {
        "fk_reviews_product_id_schema_migrations_product": "schema_migrations_product",
        "fk_reviews_status_review_statuses": "review_statuses",
    }
    with sync_engine.connect() as connection:
        assert (
            connection.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalar_one()
            == MERGE
        )


def test_data_migration_seeds_and_backfills_then_reverses(shared_db, sync_engine):
    config = alembic_config(shared_db)
    run_alembic(command.upgrade, config, CREATE_REVIEWS)
    add_product(sync_engine)
    with sync_engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO reviews (product_id, rating, body) VALUES (1, 5, 'Great'), (1, 3, 'Fine')"
            )
        )

    run_alembic(command.upgrade, config, MODERATE_REVIEWS)
    with sync_engine.begin() as connection:
        assert connection.execute(
            text("SELECT status FROM reviews")
        ).scalars().all() == ["published", "published"]
        connection.execute(
            text("INSERT INTO reviews (product_id, rating, body) VALUES (1, 1, 'New')")
        )
        assert (
            connection.execute(
                text("SELECT status FROM reviews WHERE body = 'New'")
            ).scalar_one()
            == "pending"
        )
        codes = (
            connection.execute(text("SELECT code FROM review_statuses ORDER BY code"))
            .scalars()
            .all()
        )
    assert codes == ["pending", "published", "rejected"]

    run_alembic(command.downgrade, config, CREATE_REVIEWS)
    inspector = inspect(sync_engine)
    assert "status" not in {c["name"] for c in inspector.get_columns("reviews")}
    assert "review_statuses" not in inspector.get_table_names()
    with sync_engine.connect() as connection:
        # rows survive
        assert (
            connection.execute(text("SELECT count(*) FROM reviews")).scalar_one() == 3
        )


def test_downgrade_to_base_leaves_djangos_tables(shared_db, sync_engine):
    config = alembic_config(shared_db)
    run_alembic(command.upgrade, config, "head")
    run_alembic(command.downgrade, config, "base")
    tables = set(inspect(sync_engine).get_table_names())
    assert not {"reviews", "review_statuses"} & tables
    assert {"schema_migrations_product", "django_migrations"} <= tables


def test_autogenerate_finds_nothing_to_do_after_upgrade(shared_db, sync_engine):
    from schema_migrations.fastapi_app.models import Base, owned_by_alembic

    config = alembic_config(shared_db)
    run_alembic(command.upgrade, config, "head")
    with sync_engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_object": owned_by_alembic}
        )
        assert compare_metadata(context, Base.metadata) == []
    # `alembic check`: raises if a new revision would have operations
    run_alembic(command.check, config)


def test_check_refuses_a_database_behind_head(shared_db):
    config = alembic_config(shared_db)
    # the models already have helpful_votes and the index
    run_alembic(command.upgrade, config, MODERATE_REVIEWS)
    with pytest.raises(CommandError, match="Target database is not up to date"):
        run_alembic(command.check, config)


def test_history_has_one_head_after_the_merge(shared_db):
    script = ScriptDirectory.from_config(alembic_config(shared_db))
    assert script.get_heads() == [MERGE]
    assert set(script.get_revision(MERGE).down_revision) == {HELPFUL_VOTES, DATE_INDEX}
    assert script.get_revision(MODERATE_REVIEWS).is_branch_point
    output = StringIO()
    run_alembic(command.history, alembic_config(shared_db, stdout=output))
    assert "(head) (mergepoint)" in output.getvalue()


def test_offline_mode_prints_sql_like_sqlmigrate(shared_db):
    output = StringIO()
    run_alembic(
        command.upgrade,
        alembic_config(shared_db, output_buffer=output),
        CREATE_REVIEWS,
        sql=True,
    )
    assert "CREATE TABLE reviews" in output.getvalue()


def test_one_owner_per_table_and_both_read_everything(shared_db, sync_engine):
    from schema_migrations.django_app.models import Product as DjangoProduct
    from schema_migrations.django_app.models import Review as DjangoReview
    from schema_migrations.fastapi_app.models import Product, Review

    run_alembic(command.upgrade, alembic_config(shared_db), "head")
    mug = DjangoProduct.objects.using(SHARED_ALIAS).create(
        name="Mug", slug="mug", price_cents=900
    )

    with Session(sync_engine) as session:
        # Django's row
        product = session.scalars(select(Product).where(Product.slug == "mug")).one()
        session.add(Review(product_id=product.id, rating=5, body="Great"))
        session.commit()

    # Alembic's row
    review = DjangoReview.objects.using(SHARED_ALIAS).select_related("product").get()
    assert (review.product.pk, review.status, review.helpful_votes) == (
        mug.pk,
        "pending",
        0,
    )
    assert str(review.product) == "Mug"


def test_django_never_touches_the_unmanaged_table(django_db_file, sync_engine):
    django_migrate()
    assert "reviews" not in inspect(sync_engine).get_table_names()


def test_downgrade_minus_one_at_a_merge_point_is_ambiguous(shared_db, sync_engine):
    config = alembic_config(shared_db)
    run_alembic(command.upgrade, config, "head")
    with pytest.raises(CommandError, match="Ambiguous walk"):
        run_alembic(command.downgrade, config, "-1")
    # name the target instead: both branches are undone
    run_alembic(command.downgrade, config, MODERATE_REVIEWS)
    columns = {c["name"] for c in inspect(sync_engine).get_columns("reviews")}
    assert "status" in columns and "helpful_votes" not in columns


def test_autogenerate_needs_the_owners_tables_first(django_db_file):
    from sqlalchemy.exc import NoSuchTableError

    config = alembic_config(django_db_file)  # Django's migrate has not run on this file
    # SQLite accepts a foreign key to a missing table...
    run_alembic(command.upgrade, config, CREATE_REVIEWS)
    with pytest.raises(NoSuchTableError, match="schema_migrations_product"):
        # ...but batch mode reflects reviews and what it refers to
        run_alembic(command.upgrade, config, "head")
