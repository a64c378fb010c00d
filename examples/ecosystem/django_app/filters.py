import django_filters

from ecosystem.django_app.models import Product


# region filterset
class ProductFilter(django_filters.FilterSet):
    # Meta.fields get exact-match filters; the rest are declared with their lookups.
    min_price = django_filters.NumberFilter(field_name="price", lookup_expr="gte")
    max_price = django_filters.NumberFilter(field_name="price", lookup_expr="lte")
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains")
    ordering = django_filters.OrderingFilter(fields=["name", "price"])

    class Meta:
        model = Product
        fields = ["category", "in_stock"]


# endregion filterset
