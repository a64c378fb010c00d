from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

SKU = r"^[A-Z]{3}-[0-9]{4}$"
EMAIL = r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"


class ItemOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    description: str
    price: Decimal
    quantity: int
    created_at: datetime


class Customer(BaseModel):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    email: Annotated[str, Field(pattern=EMAIL, max_length=254)]
    phone: Annotated[str | None, Field(pattern=r"^\+?[0-9 ]{6,20}$")] = None


class Address(BaseModel):
    street: Annotated[str, Field(min_length=1, max_length=200)]
    city: Annotated[str, Field(min_length=1, max_length=100)]
    postcode: Annotated[str, Field(pattern=r"^[0-9]{5}$")]
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class OrderLine(BaseModel):
    sku: Annotated[str, Field(pattern=SKU)]
    quantity: Annotated[int, Field(ge=1, le=100)]
    unit_price: Annotated[
        Decimal, Field(max_digits=8, decimal_places=2, ge=Decimal("0.01"))
    ]


class Order(BaseModel):
    customer: Customer
    shipping: Address
    lines: Annotated[list[OrderLine], Field(min_length=1, max_length=50)]
    coupon: Annotated[str | None, Field(pattern=r"^[A-Z0-9]{4,12}$")] = None
    notes: Annotated[str | None, Field(max_length=500)] = None


class OrderSummary(BaseModel):
    lines: int
    total: Decimal
