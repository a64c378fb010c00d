from rest_framework import serializers

from orm_queries.django_app.models import Customer, Order


# region serializers
class CustomerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Customer
        fields = ["id", "name", "email"]


class OrderSerializer(serializers.ModelSerializer):
    class Meta:
        model = Order
        fields = ["id", "status", "total"]


class OrderWithCustomerSerializer(OrderSerializer):
    customer = CustomerSerializer(read_only=True)  # reads order.customer for every row

    class Meta(OrderSerializer.Meta):
        fields = [*OrderSerializer.Meta.fields, "customer"]


class CustomerWithOrdersSerializer(CustomerSerializer):
    # reads customer.orders for every row
    orders = OrderSerializer(many=True, read_only=True)

    class Meta(CustomerSerializer.Meta):
        fields = [*CustomerSerializer.Meta.fields, "orders"]


# endregion serializers
