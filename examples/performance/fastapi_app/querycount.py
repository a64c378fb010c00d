from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine


# region querycount
@contextmanager
def count_queries(engine: AsyncEngine) -> Iterator[list[str]]:
    """The SQLAlchemy counterpart of django_assert_num_queries: collects every statement sent."""
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    # Events are registered on the sync engine that the async engine wraps.
    event.listen(engine.sync_engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", record)


# endregion querycount
