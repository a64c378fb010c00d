from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Select

from ecosystem.fastapi_app.models import Product

ORDERINGS = {
    "name": Product.name,
    "-name": Product.name.desc(),
    "price": Product.price,
    "-price": Product.price.desc(),
}


# region filters
class ProductFilters(BaseModel):
    # An unknown query parameter is a 422 instead of being ignored.
    model_config = ConfigDict(extra="forbid")

    category: str | None = None
    in_stock: bool | None = None
    min_price: Decimal | None = Field(default=None, ge=0)
    max_price: Decimal | None = Field(default=None, ge=0)
    q: str | None = Field(default=None, min_length=2)
    ordering: Literal["name", "-name", "price", "-price"] = "name"

    def apply(self, query: Select[tuple[Product]]) -> Select[tuple[Product]]:
        # The FilterSet's job, written out: one condition per parameter that was sent.
        if self.category is not None:
            query = query.where(Product.category == self.category)
        if self.in_stock is not None:
            query = query.where(Product.in_stock == self.in_stock)
        if self.min_price is not None:
            query = query.where(Product.price >= self.min_price)
        if self.max_price is not None:
            query = query.where(Product.price <= self.max_price)
        if self.q is not None:
            query = query.where(Product.name.icontains(self.q))
        return query.order_by(ORDERINGS[self.ordering])


# endregion filters
