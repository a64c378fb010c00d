from rest_framework import serializers

from project_layout.django_app.models import Product


# region serializers
class ProductSerializer(serializers.ModelSerializer):
    class Meta:
        model = Product
        fields = ["id", "sku", "name", "unit_price"]


class OrderLineSerializer(serializers.Serializer):
    sku = serializers.CharField(max_length=32)
    quantity = serializers.IntegerField(min_value=1)


class QuoteRequestSerializer(serializers.Serializer):
    lines = OrderLineSerializer(many=True)
    coupon = serializers.CharField(required=False)


class QuoteSerializer(serializers.Serializer):
    subtotal = serializers.DecimalField(max_digits=12, decimal_places=2)
    discount = serializers.DecimalField(max_digits=12, decimal_places=2)
    total = serializers.DecimalField(max_digits=12, decimal_places=2)


# endregion serializers
