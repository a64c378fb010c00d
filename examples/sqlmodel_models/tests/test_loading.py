"""What touching a relationship does in async code, and how to load it instead."""

import gc
from datetime import datetime

import pytest
import pytest_asyncio
import sqlalchemy as sa
from sqlalchemy import exc
from sqlalchemy.ext.asyncio import AsyncSession as SQLAlchemyAsyncSession
from sqlalchemy.orm import lazyload, selectinload
from sqlmodel import select

from sqlmodel_models.models import Author, Post

pytestmark = pytest.mark.asyncio


@pytest_asyncio.fixture
async def author_id(sessions) -> int:
    async with sessions() as session:
        author = Author(email="ada@example.com", display_name="Ada")
        author.posts = [Post(title="Engines"), Post(title="Notes")]
        session.add(author)
        await session.commit()
        return author.id


# region lazy
async def test_lazy_raise_fails_at_once_with_a_clear_message(sessions, author_id):
    async with sessions() as session:
        author = await session.get(Author, author_id)
        with pytest.raises(exc.InvalidRequestError, match="lazy='raise'"):
            _ = author.posts


async def test_a_plain_lazy_load_cannot_run_under_asyncio(sessions, author_id):
    async with sessions() as session:
        statement = select(Author).options(lazyload(Author.posts))  # the default
        author = (await session.exec(statement)).one()
        with pytest.warns(RuntimeWarning, match="was never awaited"):
            with pytest.raises(exc.StatementError, match="MissingGreenlet"):
                _ = author.posts  # an implicit query: IO that nothing can await here
            gc.collect()  # aiosqlite's cursor() coroutine, abandoned by the failed load


async def test_selectinload_loads_them_up_front(sessions, author_id):
    async with sessions() as session:
        statement = select(Author).options(selectinload(Author.posts))
        author = (await session.exec(statement)).one()
        assert [post.title for post in author.posts] == ["Engines", "Notes"]
        assert author.posts[0].author is author  # from the identity map: no query


# endregion lazy


async def test_sqlalchemys_own_async_session_works_with_execute(engine, author_id):
    async with SQLAlchemyAsyncSession(engine) as session:
        result = await session.execute(sa.select(Author))
        assert [author.id for author in result.scalars()] == [author_id]


async def test_exec_returns_objects_only_for_sqlmodels_select(sessions, author_id):
    async with sessions() as session:
        assert isinstance((await session.exec(select(Author))).one(), Author)
        row = (await session.exec(sa.select(Author))).one()  # SQLAlchemy's select
        assert isinstance(row, sa.Row) and isinstance(row[0], Author)


async def test_sqlmodels_session_marks_execute_deprecated(sessions, author_id):
    async with sessions() as session:
        with pytest.warns(DeprecationWarning, match=r"session\.exec\(\)"):
            await session.execute(select(Author))
        assert (await session.exec(select(Author.id))).all() == [author_id]


async def test_a_naive_datetime_fails_at_flush_not_at_construction(sessions, author_id):
    async with sessions() as session:
        post = Post(title="Naive", author_id=author_id)
        post.published_at = datetime(2026, 3, 1, 9, 0)  # no tzinfo
        session.add(post)
        with pytest.raises(exc.StatementError, match="must have timezone"):
            await session.flush()
