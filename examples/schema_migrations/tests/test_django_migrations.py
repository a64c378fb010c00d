from io import StringIO

import pytest
from django.core.management import call_command
from django.db import migrations
from django.db.migrations.exceptions import IrreversibleError
from django.db.migrations.loader import MigrationLoader
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from schema_migrations.tests.conftest import SHARED_ALIAS, django_migrate

APP = "schema_migrations"
PRODUCT_TABLE = "schema_migrations_product"


def columns(engine, table: str) -> dict[str, dict]:
    return {column["name"]: column for column in inspect(engine).get_columns(table)}


@pytest.mark.django_db
def test_migrations_match_the_models():
    call_command("makemigrations", APP, "--check", "--dry-run", verbosity=0)


def test_the_merge_migration_leaves_one_leaf():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    assert loader.detect_conflicts() == {}
    assert [node for node in loader.graph.leaf_nodes() if node[0] == APP] == [
        (APP, "0007_review_owned_by_alembic")
    ]
    merge = loader.get_migration(
        APP, "0006_merge_0005_product_description_0005_product_in_stock"
    )
    assert sorted(merge.dependencies) == [
        (APP, "0005_product_description"),
        (APP, "0005_product_in_stock"),
    ]


def test_migrate_forwards_runs_the_data_migration(sync_engine):
    django_migrate("0002")
    assert columns(sync_engine, PRODUCT_TABLE)["slug"]["nullable"]
    with sync_engine.begin() as connection:
        connection.execute(
            text(
                f"INSERT INTO {PRODUCT_TABLE} (name, price_cents) VALUES ('Blue Mug', 900), ('Blue Mug', 950)"
            )
        )

    django_migrate("0004")  # 0003 fills the slugs, 0004 makes them unique and NOT NULL
    with sync_engine.connect() as connection:
        slugs = (
            connection.execute(text(f"SELECT slug FROM {PRODUCT_TABLE} ORDER BY id"))
            .scalars()
            .all()
        )
    assert slugs == ["blue-mug-1", "blue-mug-2"]
    assert not columns(sync_engine, PRODUCT_TABLE)["slug"]["nullable"]
    with (
        pytest.raises(IntegrityError, match="UNIQUE"),
        sync_engine.begin() as connection,
    ):
        connection.execute(
            text(
                f"INSERT INTO {PRODUCT_TABLE} (name, slug, price_cents) VALUES ('Copy', 'blue-mug-1', 1)"
            )
        )

    django_migrate()  # both branches and the merge
    assert {"description", "in_stock"} <= set(columns(sync_engine, PRODUCT_TABLE))
    # managed = False: Alembic's table
    assert "reviews" not in inspect(sync_engine).get_table_names()


def test_migrate_backwards_runs_the_reverse_function(sync_engine):
    django_migrate()
    with sync_engine.begin() as connection:
        connection.execute(
            text(
                f"INSERT INTO {PRODUCT_TABLE} (name, slug, price_cents, description, in_stock)"
                " VALUES ('Mug', 'mug', 900, '', 1)"
            )
        )

    django_migrate("0002")  # unapplies 0007 ... 0003: clear_slugs runs on the way down
    assert set(columns(sync_engine, PRODUCT_TABLE)) == {
        "id",
        "name",
        "price_cents",
        "slug",
    }
    with sync_engine.connect() as connection:
        assert (
            connection.execute(text(f"SELECT slug FROM {PRODUCT_TABLE}")).scalar_one()
            is None
        )

    django_migrate("zero")
    assert PRODUCT_TABLE not in inspect(sync_engine).get_table_names()


def test_showmigrations_marks_what_is_applied(django_db_file):
    django_migrate("0003")
    output = StringIO()
    call_command("showmigrations", APP, database=SHARED_ALIAS, stdout=output)
    lines = [line.strip() for line in output.getvalue().splitlines()]
    assert "[X] 0003_fill_product_slugs" in lines
    assert "[ ] 0004_alter_product_slug" in lines


def test_sqlmigrate_prints_the_sql_without_running_it(sync_engine):
    output = StringIO()
    call_command("sqlmigrate", APP, "0001", database=SHARED_ALIAS, stdout=output)
    assert f'CREATE TABLE "{PRODUCT_TABLE}"' in output.getvalue()
    assert PRODUCT_TABLE not in inspect(sync_engine).get_table_names()


def test_run_python_without_reverse_code_cannot_be_unapplied():
    def forwards(apps, schema_editor):
        pass

    migration = migrations.Migration("0099_forwards_only", APP)
    migration.operations = [migrations.RunPython(forwards)]
    assert migration.operations[0].reversible is False
    with pytest.raises(IrreversibleError, match="is not reversible"):
        migration.unapply(project_state=None, schema_editor=None)
    assert migrations.RunPython(forwards, migrations.RunPython.noop).reversible is True


def test_makemigrations_turns_a_confirmed_rename_into_rename_field():
    from django.db import models
    from django.db.migrations.autodetector import MigrationAutodetector
    from django.db.migrations.questioner import MigrationQuestioner
    from django.db.migrations.state import ModelState, ProjectState

    def state_with(field_name: str) -> ProjectState:
        state = ProjectState()
        fields = [
            ("id", models.AutoField(primary_key=True)),
            (field_name, models.TextField()),
        ]
        state.add_model(ModelState("shop", "Review", fields))
        return state

    # The interactive questioner asks "Was review.body renamed to review.text?"; here
    # the answer is yes.
    questioner = MigrationQuestioner(defaults={"ask_rename": True})
    changes = MigrationAutodetector(
        state_with("body"), state_with("text"), questioner
    )._detect_changes()
    assert [type(op).__name__ for op in changes["shop"][0].operations] == [
        "RenameField"
    ]
