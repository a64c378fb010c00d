from rest_framework import generics
from rest_framework.pagination import LimitOffsetPagination

from orm_queries.django_app.models import Customer, Order
from orm_queries.drf_app.serializers import (
    CustomerSerializer,
    CustomerWithOrdersSerializer,
    OrderWithCustomerSerializer,
)


# region lists
class OrderList(generics.ListAPIView):
    # select_related: a JOIN fetches each order's customer in the same query.
    queryset = Order.objects.select_related("customer").order_by("id")
    serializer_class = OrderWithCustomerSerializer


class CustomerPagination(LimitOffsetPagination):
    default_limit = 20
    max_limit = 100


class CustomerList(generics.ListAPIView):
    # prefetch_related: one extra query loads the orders of every customer on the page.
    queryset = Customer.objects.prefetch_related("orders").order_by("id")
    serializer_class = CustomerWithOrdersSerializer
    pagination_class = CustomerPagination


# endregion lists


# region detail
class CustomerDetail(generics.RetrieveAPIView):
    queryset = Customer.objects.all()
    # get_object() calls get_object_or_404 for you
    serializer_class = CustomerSerializer


# endregion detail
