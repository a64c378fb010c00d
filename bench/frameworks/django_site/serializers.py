"""Validation for POST /validate: DRF serializers, what most Django APIs validate JSON with."""

from decimal import Decimal

from rest_framework import serializers

SKU = r"^[A-Z]{3}-[0-9]{4}$"
EMAIL = r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"


class CustomerSerializer(serializers.Serializer):
    name = serializers.CharField(min_length=1, max_length=100)
    email = serializers.RegexField(EMAIL, max_length=254)
    phone = serializers.RegexField(r"^\+?[0-9 ]{6,20}$", required=False)


class AddressSerializer(serializers.Serializer):
    street = serializers.CharField(min_length=1, max_length=200)
    city = serializers.CharField(min_length=1, max_length=100)
    postcode = serializers.RegexField(r"^[0-9]{5}$")
    country = serializers.RegexField(r"^[A-Z]{2}$")


class OrderLineSerializer(serializers.Serializer):
    sku = serializers.RegexField(SKU)
    quantity = serializers.IntegerField(min_value=1, max_value=100)
    unit_price = serializers.DecimalField(
        max_digits=8, decimal_places=2, min_value=Decimal("0.01")
    )


class OrderSerializer(serializers.Serializer):
    customer = CustomerSerializer()
    shipping = AddressSerializer()
    lines = OrderLineSerializer(many=True, min_length=1, max_length=50)
    coupon = serializers.RegexField(r"^[A-Z0-9]{4,12}$", required=False)
    notes = serializers.CharField(max_length=500, required=False, allow_blank=True)


def order_summary(order: dict) -> dict[str, object]:
    """The response both frameworks return for a valid order."""
    total = sum(
        (line["quantity"] * line["unit_price"] for line in order["lines"]), Decimal("0")
    )
    return {"lines": len(order["lines"]), "total": total.quantize(Decimal("0.01"))}
