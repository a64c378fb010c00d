from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Row, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from orm_queries.fastapi_app.models import Customer, Order


# region filter
async def example_customers(session: AsyncSession) -> Sequence[Customer]:
    stmt = (
        select(Customer)
        .where(Customer.email.endswith("@example.com"))
        .where(~Customer.name.icontains("test"))
        .order_by(Customer.created_at.desc())
    )
    return (await session.scalars(stmt)).all()


async def large_orders(
    session: AsyncSession, statuses: list[str], minimum: Decimal
) -> Sequence[Order]:
    stmt = (
        select(Order)
        .where(Order.status.in_(statuses), Order.total >= minimum)
        .order_by(Order.total.desc(), Order.id)
    )
    return (await session.scalars(stmt)).all()


# endregion filter


# region lazy
async def paid_orders(session: AsyncSession, customer_id: int) -> list[Order]:
    stmt = select(Order).where(Order.customer_id == customer_id)  # a statement: no I/O
    stmt = stmt.where(Order.status == "paid").order_by(Order.created_at.desc())
    result = await session.scalars(stmt)  # the query runs here
    return list(result)


async def find_customer(session: AsyncSession, email: str) -> Customer | None:
    result = await session.execute(select(Customer).where(Customer.email == email))
    return result.scalar_one_or_none()  # raises MultipleResultsFound if two rows match


# endregion lazy


# region page
async def customer_page(
    session: AsyncSession, offset: int, limit: int
) -> Sequence[Customer]:
    stmt = select(Customer).order_by(Customer.id).offset(offset).limit(limit)
    return (await session.scalars(stmt)).all()


# endregion page


# region aggregate
async def revenue(session: AsyncSession) -> dict[str, Decimal | int]:
    stmt = select(
        func.coalesce(func.sum(Order.total), 0).label("revenue"),
        func.count(Order.id).label("orders"),
    ).where(Order.status == "paid")
    row = (await session.execute(stmt)).one()
    return {"revenue": row.revenue, "orders": row.orders}


async def top_customers(
    session: AsyncSession, since: datetime, minimum: Decimal, limit: int = 10
) -> Sequence[Row[tuple[Customer, Decimal, int]]]:
    spent = func.sum(Order.total).label("spent")
    stmt = (
        select(Customer, spent, func.count(Order.id).label("order_count"))
        .join(Customer.orders)
        .where(Order.status == "paid", Order.created_at >= since)
        .group_by(Customer.id)
        .having(spent >= minimum)
        .order_by(spent.desc())
        .limit(limit)
    )
    return (await session.execute(stmt)).all()


# endregion aggregate


# region atomic
async def create_customer_with_orders(
    session: AsyncSession, name: str, email: str, totals: list[Decimal]
) -> Customer:
    async with session.begin():  # COMMIT on success, ROLLBACK on any exception
        customer = Customer(name=name, email=email)
        session.add(customer)
        for total in totals:
            if total <= 0:
                raise ValueError(f"order total must be positive, got {total}")
            session.add(Order(customer=customer, total=total))
            await session.flush()  # the INSERTs run now, inside the transaction
    return customer


# endregion atomic
