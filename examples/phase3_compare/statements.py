"""Record the SQL each implementation sends, so the two can be compared without a stopwatch."""

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import connection
from sqlalchemy import event
from sqlalchemy.engine import Engine


# region django_statements
@contextmanager
def django_statements() -> Iterator[list[str]]:
    statements: list[str] = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    # Django's documented hook around every query
    with connection.execute_wrapper(record):
        yield statements


# endregion django_statements


# region sqlalchemy_statements
@contextmanager
def sqlalchemy_statements() -> Iterator[list[str]]:
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    # every engine, async ones included
    event.listen(Engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(Engine, "before_cursor_execute", record)


# endregion sqlalchemy_statements
