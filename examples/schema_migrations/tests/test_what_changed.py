"""The rows of the page's "What changed" table, checked against the installed libraries."""

import pytest
from alembic import command
from django.db.migrations.loader import MigrationLoader
from sqlalchemy import engine_from_config, inspect, text
from sqlalchemy.exc import MissingGreenlet

from schema_migrations.tests.conftest import alembic_config, run_alembic

CREATE_REVIEWS = "80f67be5aee2"


def test_create_all_never_alters_an_existing_table(shared_db, sync_engine):
    from schema_migrations.fastapi_app.models import Base

    run_alembic(command.upgrade, alembic_config(shared_db), CREATE_REVIEWS)  # an older reviews table
    Base.metadata.create_all(sync_engine)  # what many tutorials run at startup
    columns = {c["name"] for c in inspect(sync_engine).get_columns("reviews")}
    assert "review_statuses" in inspect(sync_engine).get_table_names()  # missing tables: created
    assert not {"status", "helpful_votes"} & columns  # existing tables: left as they were


def test_a_sync_env_py_cannot_use_the_apps_async_url(tmp_path):
    # The template of `alembic init` without -t async calls engine_from_config().
    engine = engine_from_config({"sqlalchemy.url": f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}"})
    with pytest.raises(MissingGreenlet):
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    engine.dispose()


def test_a_data_migration_sees_the_historical_model():
    from schema_migrations.django_app.models import Product

    state = MigrationLoader(None, ignore_no_migrations=True).project_state(
        ("schema_migrations", "0003_fill_product_slugs")
    )
    historical = state.apps.get_model("schema_migrations", "Product")
    assert {f.name for f in historical._meta.fields} == {"id", "name", "slug", "price_cents"}
    assert {"description", "in_stock"} <= {f.name for f in Product._meta.fields}  # today's model
