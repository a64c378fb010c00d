"""Alembic autogenerate against SQLModel.metadata, run for real on temporary SQLite files."""

import shutil
from pathlib import Path

import alembic
import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect
from sqlmodel import SQLModel

TOPIC_DIR = Path(__file__).resolve().parent.parent


def alembic_config(db_path: Path, script_location: Path | None = None) -> Config:
    config = Config(
        str(TOPIC_DIR / "alembic.ini"), attributes={"configure_logger": False}
    )
    config.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    if script_location is not None:
        config.set_main_option("script_location", str(script_location))
    return config


def autogenerate_into(tmp_path: Path, config: Config) -> str:
    """A first revision, written to an empty versions folder under tmp_path."""
    versions = tmp_path / "versions"
    versions.mkdir()
    config.set_main_option("version_locations", str(versions))
    command.revision(config, message="first", autogenerate=True, rev_id="first")
    return next(versions.glob("first_*.py")).read_text()


def test_autogenerate_writes_sqlmodel_types_and_the_import(tmp_path):
    config = alembic_config(tmp_path / "app.sqlite3")
    script = autogenerate_into(tmp_path, config)
    assert "\nimport sqlmodel\n" in script  # from the project's script.py.mako
    assert "sqlmodel.sql.sqltypes.AutoString(length=254)" in script
    assert "sqlmodel.sql.sqltypes.UTCDateTime()" in script

    command.upgrade(config, "head")
    engine = create_engine(f"sqlite:///{tmp_path / 'app.sqlite3'}")
    assert {"authors", "posts", "alembic_version"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


# region stock_template
def test_without_the_import_the_revision_fails(tmp_path):
    # Alembic's stock template, as `alembic init` writes it.
    script_location = tmp_path / "alembic"
    ignore = shutil.ignore_patterns("versions")
    shutil.copytree(TOPIC_DIR / "alembic", script_location, ignore=ignore)
    stock = Path(alembic.__file__).parent / "templates" / "generic" / "script.py.mako"
    shutil.copy(stock, script_location / "script.py.mako")
    config = alembic_config(tmp_path / "app.sqlite3", script_location)

    script = autogenerate_into(tmp_path, config)
    assert "import sqlmodel" not in script
    with pytest.raises(NameError, match="name 'sqlmodel' is not defined"):
        command.upgrade(config, "head")


# endregion stock_template


def test_the_committed_revision_matches_the_models(tmp_path):
    config = alembic_config(tmp_path / "app.sqlite3")
    command.upgrade(config, "head")
    engine = create_engine(f"sqlite:///{tmp_path / 'app.sqlite3'}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, SQLModel.metadata) == []
    engine.dispose()
    command.check(config)  # `alembic check`: raises if autogenerate would emit anything
    command.downgrade(config, "base")
