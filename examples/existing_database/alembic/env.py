"""Alembic's entry point for a database Django's migrations created."""

from logging.config import fileConfig

from alembic import context
from sqlalchemy import engine_from_config, pool

from existing_database.models import Base
from existing_database.ownership import include_name, include_object

config = context.config
# Tests run Alembic from Python with configure_logger=False to keep pytest's logging.
if config.config_file_name is not None and config.attributes.get(
    "configure_logger", True
):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

# region configure
configure_options = {
    "target_metadata": Base.metadata,
    "include_name": include_name,  # what Alembic reads from the database
    "include_object": include_object,  # what it compares, from both sides
    "render_as_batch": True,  # SQLite cannot ALTER most things
}
# endregion configure


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        literal_binds=True,
        **configure_options,
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
        context.configure(connection=connection, **configure_options)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
