"""Why the capstone's session factory sets expire_on_commit=False."""

import gc

import pytest
from sqlalchemy.exc import MissingGreenlet, StatementError
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from capstone.fastapi_app.models import Base, ChatMessage


# region expire_on_commit
@pytest.mark.asyncio
@pytest.mark.parametrize("expire_on_commit", [True, False])
async def test_reading_an_attribute_after_commit(tmp_path, expire_on_commit):
    engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}")
    async with engine.begin() as connection:
        await connection.run_sync(Base.metadata.create_all)
    async with async_sessionmaker(
        engine, expire_on_commit=expire_on_commit
    )() as session:
        message = ChatMessage(role="user", content="Hi", session_id="s-1")
        session.add(message)
        await session.commit()
        # the default: the attribute must be reloaded, which is I/O
        if expire_on_commit:
            # SQLAlchemy 2.1 wraps the cause
            with pytest.raises(StatementError) as error:
                message.content  # noqa: B018  an attribute access that would need to await
            assert isinstance(error.value.orig, MissingGreenlet)
            with pytest.warns(
                RuntimeWarning, match="'Connection.cursor' was never awaited"
            ):
                # the failed load left the driver's coroutine behind, unawaited
                del error
                gc.collect()
        else:
            # still in memory, so FastAPI can serialise it
            assert message.content == "Hi"
    await engine.dispose()


# endregion expire_on_commit
