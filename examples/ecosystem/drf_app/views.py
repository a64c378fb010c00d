from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics

from ecosystem.django_app.filters import ProductFilter
from ecosystem.django_app.models import Product
from ecosystem.drf_app.serializers import ProductSerializer


# region list
class ProductList(generics.ListAPIView):
    queryset = Product.objects.order_by("name")
    serializer_class = ProductSerializer
    # Usually set once in REST_FRAMEWORK["DEFAULT_FILTER_BACKENDS"]; a bad value is a
    # 400.
    filter_backends = [DjangoFilterBackend]
    filterset_class = ProductFilter


# endregion list
