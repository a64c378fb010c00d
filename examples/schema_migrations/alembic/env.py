"""Alembic's entry point: `alembic upgrade`, `revision --autogenerate` and `check` run this file."""

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import async_engine_from_config

# region metadata
# Importing the models module registers every table on Base.metadata; a model
# module nobody imports is invisible to autogenerate.
from schema_migrations.fastapi_app.models import Base, owned_by_alembic

target_metadata = Base.metadata
configure_options = {
    "target_metadata": target_metadata,
    "include_object": owned_by_alembic,  # leave Django's tables alone
    "render_as_batch": True,  # SQLite cannot ALTER most things: copy-and-swap the table
}
# endregion metadata

config = context.config
# Tests run Alembic from Python with configure_logger=False to keep pytest's logging.
if config.config_file_name is not None and config.attributes.get(
    "configure_logger", True
):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def run_migrations_offline() -> None:
    """`alembic upgrade --sql`: print the SQL instead of running it."""
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **configure_options,
    )
    with context.begin_transaction():
        context.run_migrations()


# region online
def do_run_migrations(connection: Connection) -> None:
    context.configure(connection=connection, **configure_options)
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations() -> None:
    # The same async URL the app uses; the migration code itself runs through
    # run_sync().
    engine = async_engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,  # a one-off process: no pool to keep
    )
    async with engine.connect() as connection:
        await connection.run_sync(do_run_migrations)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_async_migrations())
# endregion online
