"""The rows of the page's "What changed" table, checked against the installed libraries."""

import pytest
from alembic import command
from alembic.config import Config
from django.db.migrations.loader import MigrationLoader
from sqlalchemy import engine_from_config, inspect, text
from sqlalchemy.exc import MissingGreenlet

from schema_migrations.tests.conftest import alembic_config, run_alembic

CREATE_REVIEWS = "80f67be5aee2"


def test_create_all_never_alters_an_existing_table(shared_db, sync_engine):
    from schema_migrations.fastapi_app.models import Base

    # an older reviews table
    run_alembic(command.upgrade, alembic_config(shared_db), CREATE_REVIEWS)
    Base.metadata.create_all(sync_engine)  # what many tutorials run at startup
    columns = {c["name"] for c in inspect(sync_engine).get_columns("reviews")}
    # missing tables: created
    assert "review_statuses" in inspect(sync_engine).get_table_names()
    # existing tables: left as they were
    assert not {"status", "helpful_votes"} & columns


def test_a_sync_env_py_cannot_use_the_apps_async_url(tmp_path):
    # The template of `alembic init` without -t async calls engine_from_config().
    engine = engine_from_config(
        {"sqlalchemy.url": f"sqlite+aiosqlite:///{tmp_path / 'x.sqlite3'}"}
    )
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
    assert {f.name for f in historical._meta.fields} == {
        "id",
        "name",
        "slug",
        "price_cents",
    }
    # today's model
    assert {"description", "in_stock"} <= {f.name for f in Product._meta.fields}


def test_an_alembic_ini_from_before_1_16_needs_path_separator(tmp_path):
    # What `alembic init` wrote before 1.16: version_path_separator, no path_separator.
    ini = tmp_path / "alembic.ini"
    ini.write_text(
        "[alembic]\n"
        "script_location = alembic\n"
        "prepend_sys_path = .\n"
        "version_locations = alembic/versions\n"
        "version_path_separator = os\n"
    )
    config = Config(str(ini))
    with pytest.warns(DeprecationWarning, match="No path_separator found"):
        assert config.get_prepend_sys_paths_list() == ["."]
    with pytest.warns(
        DeprecationWarning, match="version_path_separator .* is deprecated"
    ):
        assert config.get_version_locations_list() == ["alembic/versions"]
