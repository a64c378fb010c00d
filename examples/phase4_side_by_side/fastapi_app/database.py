from typing import Any

from sqlalchemy import URL, Connection, inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from capstone.fastapi_app.models import Base


# region url
def sqlalchemy_url(database: dict[str, Any]) -> str:
    """Django's DATABASES entry as an async SQLAlchemy URL: one database, configured once."""
    engine, name = database["ENGINE"], str(database["NAME"])
    if engine == "django.db.backends.sqlite3":
        url = URL.create("sqlite+aiosqlite", database=name)  # a URI keeps its "?..."
        # an SQLite URI, such as Django's in-memory test database
        if name.startswith("file:"):
            url = url.update_query_dict({"uri": "true"})
    elif engine == "django.db.backends.postgresql":
        url = URL.create(
            "postgresql+asyncpg",
            username=database["USER"] or None,
            password=database["PASSWORD"] or None,
            host=database["HOST"] or None,
            port=int(database["PORT"]) if database["PORT"] else None,
            database=name,
        )
    else:
        raise ValueError(f"no async SQLAlchemy driver chosen for {engine}")
    return url.render_as_string(hide_password=False)


# endregion url


# region drift
async def schema_drift(engine: AsyncEngine) -> list[str]:
    """Tables and columns the SQLAlchemy models map but the migrated database lacks."""

    def missing(connection: Connection) -> list[str]:
        database = inspect(connection)
        problems = []
        for table in Base.metadata.sorted_tables:
            if not database.has_table(table.name):
                problems.append(f"table {table.name}")
                continue
            present = {column["name"] for column in database.get_columns(table.name)}
            absent = [
                column.name for column in table.columns if column.name not in present
            ]
            problems += [f"column {table.name}.{name}" for name in absent]
        return problems

    async with engine.connect() as connection:
        return await connection.run_sync(missing)


# endregion drift
