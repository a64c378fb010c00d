from decimal import Decimal

from pydantic import BaseModel, ConfigDict


# region schemas
class CustomerRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    email: str


class OrderRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    status: str
    total: Decimal


class OrderWithCustomer(OrderRead):
    customer: CustomerRead


class CustomerWithOrders(CustomerRead):
    orders: list[OrderRead]


class CustomerPage(BaseModel):
    """The same envelope as DRF's LimitOffsetPagination, without the links."""

    count: int
    results: list[CustomerWithOrders]


class CustomerSummary(BaseModel):
    name: str
    order_count: int
    totals: list[Decimal]


# endregion schemas
