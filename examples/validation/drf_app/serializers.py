from django.contrib.auth.hashers import make_password
from django.core.validators import RegexValidator
from django.db import transaction
from rest_framework import serializers

from validation.django_app.models import Account, Order, OrderLine

RESERVED_USERNAMES = {"admin", "root", "support"}
SKU_PATTERN = r"^[A-Z]{3}-\d{4}$"


# region shapes
class SignupSerializer(serializers.ModelSerializer):
    """One class for both directions: write_only fields are accepted but never returned."""

    password_confirm = serializers.CharField(write_only=True)

    class Meta:
        model = Account
        fields = [
            "id",
            "username",
            "email",
            "password",
            "password_confirm",
            "display_name",
        ]
        extra_kwargs = {"password": {"write_only": True, "min_length": 8}}

    # endregion shapes

    # region validators
    def validate_username(self, value: str) -> str:
        if value in RESERVED_USERNAMES:
            raise serializers.ValidationError("This username is reserved.")
        return value

    def validate(self, attrs: dict) -> dict:
        if attrs["password"] != attrs["password_confirm"]:
            # A dict attaches the error to a field instead of "non_field_errors".
            raise serializers.ValidationError(
                {"password_confirm": "The two passwords differ."}
            )
        return attrs

    # endregion validators

    # region create
    def create(self, validated_data: dict) -> Account:
        del validated_data["password_confirm"]
        validated_data["password"] = make_password(validated_data["password"])
        return super().create(validated_data)

    # endregion create


# region account
class AccountSerializer(serializers.ModelSerializer):
    class Meta:
        model = Account
        fields = ["id", "username", "email", "display_name", "bio"]
        read_only_fields = ["username", "email"]


# endregion account


# region constraints
class OrderLineSerializer(serializers.ModelSerializer):
    sku = serializers.CharField(
        validators=[RegexValidator(SKU_PATTERN, "Use a SKU such as ABC-1234.")],
    )
    quantity = serializers.IntegerField(min_value=1, max_value=100)

    class Meta:
        model = OrderLine
        fields = ["sku", "quantity"]


# endregion constraints


# region nested
class OrderSerializer(serializers.ModelSerializer):
    ship_to = serializers.CharField(min_length=10, max_length=300)
    lines = OrderLineSerializer(many=True, min_length=1, max_length=20)

    class Meta:
        model = Order
        fields = ["id", "ship_to", "lines"]

    def create(self, validated_data: dict) -> Order:
        # ModelSerializer refuses to write nested data by itself.
        lines = validated_data.pop("lines")
        with transaction.atomic():
            order = Order.objects.create(**validated_data)
            OrderLine.objects.bulk_create(
                OrderLine(order=order, **line) for line in lines
            )
        return order


# endregion nested
