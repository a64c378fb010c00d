"""The service is tested once, with no web framework and no database."""

from decimal import Decimal

import pytest

from project_layout.services.pricing import OrderLine, PricingError, Quote, quote

PRICES = {"MUG": Decimal("12.50"), "TEE": Decimal("19.99")}


def test_subtotal_without_coupon():
    result = quote([OrderLine("MUG", 2), OrderLine("TEE", 1)], PRICES)
    assert result == Quote(
        subtotal=Decimal("44.99"), discount=Decimal("0.00"), total=Decimal("44.99")
    )


def test_coupon_discount_rounds_half_up_to_the_cent():
    result = quote([OrderLine("TEE", 1)], PRICES, coupon="SPRING25")
    assert result.discount == Decimal("5.00")  # 19.99 * 0.25 = 4.9975
    assert result.total == Decimal("14.99")


@pytest.mark.parametrize(
    ("lines", "coupon", "message"),
    [
        ([], None, "An order needs at least one line."),
        (
            [OrderLine("HAT", 1), OrderLine("CAP", 1)],
            None,
            "Unknown product: CAP, HAT.",
        ),
        ([OrderLine("MUG", 1)], "FREE", "Coupon FREE is not valid."),
    ],
)
def test_broken_rules_raise_pricing_error(lines, coupon, message):
    with pytest.raises(PricingError) as caught:
        quote(lines, PRICES, coupon)
    assert str(caught.value) == message
