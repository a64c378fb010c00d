from rest_framework import serializers

from ecosystem.django_app.models import Product


class ProductSerializer(serializers.ModelSerializer[Product]):
    class Meta:
        model = Product
        fields = ["id", "name", "category", "price", "in_stock"]
