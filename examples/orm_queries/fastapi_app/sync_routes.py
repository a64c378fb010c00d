from collections.abc import Iterator, Sequence
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session, sessionmaker

from orm_queries.fastapi_app.models import Customer
from orm_queries.fastapi_app.schemas import CustomerRead

sync_engine = create_engine("sqlite:///./orm_queries.sqlite3")
SyncSessionFactory = sessionmaker(sync_engine, expire_on_commit=False)


def get_sync_session() -> Iterator[Session]:
    with SyncSessionFactory() as session:
        yield session


SyncSessionDep = Annotated[Session, Depends(get_sync_session)]
router = APIRouter(prefix="/sync")


# region sync
@router.get("/customers", response_model=list[CustomerRead])
def list_customers_sync(
    session: SyncSessionDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> Sequence[Customer]:
    # Plain def, not async def: FastAPI runs it in a worker thread, off the event loop.
    stmt = select(Customer).order_by(Customer.id).offset(offset).limit(limit)
    return session.scalars(stmt).all()


# endregion sync
