import secrets
from datetime import datetime
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query
from pydantic import BaseModel, ConfigDict
from sqlalchemy import or_, select

from admin_site.fastapi_app.db import SessionDep
from admin_site.fastapi_app.models import Order


class OrderRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: str
    customer_email: str
    total_cents: int
    status: str
    created_at: datetime


# region guard
STAFF_TOKEN = "change-me"  # stands in for real authentication: see the auth page


def require_staff(x_staff_token: Annotated[str, Header()]) -> None:
    if not secrets.compare_digest(x_staff_token, STAFF_TOKEN):
        raise HTTPException(status_code=403, detail="Staff only")


# endregion guard


app = FastAPI(title="Internal order list")


# region orders
@app.get(
    "/internal/orders",
    response_model=list[OrderRead],
    dependencies=[Depends(require_staff)],
)
async def list_orders(
    session: SessionDep,
    q: str | None = None,
    status: str | None = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> list[Order]:
    query = select(Order).order_by(Order.created_at.desc()).limit(limit)
    if q:  # the admin's search_fields = ["=number", "customer_email"]
        query = query.where(or_(Order.number == q, Order.customer_email.icontains(q)))
    if status:  # the admin's list_filter = ["status"]
        query = query.where(Order.status == status)
    return list(await session.scalars(query))


# endregion orders
