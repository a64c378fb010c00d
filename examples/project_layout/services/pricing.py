"""Pricing rules for an order: plain Python, no framework, no database.

Each web layer loads the prices with its own ORM and passes them in, so
both call the same function and a rule changes in one place.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
COUPONS = {"WELCOME10": Decimal("0.10"), "SPRING25": Decimal("0.25")}


@dataclass(frozen=True)
class OrderLine:
    sku: str
    quantity: int


@dataclass(frozen=True)
class Quote:
    subtotal: Decimal
    discount: Decimal
    total: Decimal


# region pricing
class PricingError(ValueError):
    """A broken business rule; each web layer turns it into a 400."""


def quote(
    lines: Sequence[OrderLine],
    prices: Mapping[str, Decimal],
    coupon: str | None = None,
) -> Quote:
    if not lines:
        raise PricingError("An order needs at least one line.")
    unknown = sorted({line.sku for line in lines} - prices.keys())
    if unknown:
        raise PricingError(f"Unknown product: {', '.join(unknown)}.")
    if coupon is not None and coupon not in COUPONS:
        raise PricingError(f"Coupon {coupon} is not valid.")
    amounts = [prices[line.sku] * line.quantity for line in lines]
    subtotal = sum(amounts, Decimal(0)).quantize(CENT)
    rate = COUPONS[coupon] if coupon else Decimal(0)
    discount = (subtotal * rate).quantize(CENT, rounding=ROUND_HALF_UP)
    return Quote(subtotal, discount, total=subtotal - discount)


# endregion pricing
