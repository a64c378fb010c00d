from collections.abc import Sequence
from typing import Annotated

from fastapi import FastAPI, HTTPException, Query, status
from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from orm_queries.fastapi_app.db import SessionDep
from orm_queries.fastapi_app.models import Customer, Order
from orm_queries.fastapi_app.schemas import (
    CustomerPage,
    CustomerRead,
    CustomerSummary,
    OrderWithCustomer,
)
from orm_queries.fastapi_app.sync_routes import router as sync_router

app = FastAPI(title="ORM and querying example")
app.include_router(sync_router)


# region lists
@app.get("/orders", response_model=list[OrderWithCustomer])
async def list_orders(session: SessionDep) -> Sequence[Order]:
    # joinedload: a JOIN fetches each order's customer in the same query.
    stmt = select(Order).options(joinedload(Order.customer)).order_by(Order.id)
    return (await session.scalars(stmt)).all()


@app.get("/customers", response_model=CustomerPage)
async def list_customers(
    session: SessionDep,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> dict[str, object]:
    count = await session.scalar(select(func.count()).select_from(Customer))
    # selectinload: one extra query, WHERE customer_id IN (...), for the whole page.
    stmt = (
        select(Customer)
        .options(selectinload(Customer.orders))
        .order_by(Customer.id)
        .offset(offset)
        .limit(limit)
    )
    return {"count": count, "results": (await session.scalars(stmt)).all()}


# endregion lists


# region detail
@app.get("/customers/{customer_id}", response_model=CustomerRead)
async def read_customer(customer_id: int, session: SessionDep) -> Customer:
    customer = await session.get(Customer, customer_id)  # by primary key, or None
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Customer not found")
    return customer


# endregion detail


# region async
@app.get("/customers/{customer_id}/summary")
async def customer_summary(customer_id: int, session: SessionDep) -> CustomerSummary:
    customer = await session.get(Customer, customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Customer not found")
    order_count = await session.scalar(
        select(func.count()).select_from(Order).where(Order.customer_id == customer_id)
    )
    totals_stmt = (
        select(Order.total).where(Order.customer_id == customer_id).order_by(Order.id)
    )
    totals = [total async for total in await session.stream_scalars(totals_stmt)]
    return CustomerSummary(
        name=customer.name, order_count=order_count or 0, totals=totals
    )


# endregion async
