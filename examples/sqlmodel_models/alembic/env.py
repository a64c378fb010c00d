"""Alembic's entry point for the SQLModel tables."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

# region metadata
# Importing the models registers their tables on SQLModel.metadata, the one
# MetaData every table=True class shares.
from sqlmodel import SQLModel

from sqlmodel_models import models  # noqa: F401

target_metadata = SQLModel.metadata
# endregion metadata

config = context.config
# Tests run Alembic from Python with configure_logger=False to keep pytest's logging.
if config.config_file_name is not None and config.attributes.get(
    "configure_logger", True
):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite cannot ALTER most things
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
