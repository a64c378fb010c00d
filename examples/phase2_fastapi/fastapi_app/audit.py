from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from fastapi import FastAPI
from sqlalchemy import String
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from capstone.fastapi_app.models import UTCDateTime


# region audit_model
class AuditBase(DeclarativeBase):
    """Separate metadata: the capstone's Base keeps describing only the table Django owns."""


class AuditEntry(AuditBase):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    action: Mapped[str] = mapped_column(String(20))
    message_id: Mapped[int]
    recorded_at: Mapped[datetime] = mapped_column(
        UTCDateTime, default=lambda: datetime.now(UTC)
    )


# endregion audit_model


# region audit_task
async def record_creation(
    session_factory: async_sessionmaker[AsyncSession], message_id: int
) -> None:
    # Its own session: never the request's, which may be closed by the time the task
    # runs.
    async with session_factory.begin() as session:
        session.add(AuditEntry(action="create", message_id=message_id))


# endregion audit_task


# region audit_lifespan
@asynccontextmanager
async def create_audit_table(app: FastAPI) -> AsyncIterator[None]:
    # Included routers' lifespans run inside the app's, so the session factory already
    # exists.
    async with app.state.session_factory.begin() as session:
        connection = await session.connection()
        await connection.run_sync(AuditBase.metadata.create_all)
    yield


# endregion audit_lifespan
