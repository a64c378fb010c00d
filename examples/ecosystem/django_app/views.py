from django.http import HttpRequest, JsonResponse

from ecosystem.django_app.filters import ProductFilter
from ecosystem.django_app.models import Product


# region list
def product_list(request: HttpRequest) -> JsonResponse:
    # django-filter works without DRF: bind the query string, check it, read .qs.
    filterset = ProductFilter(request.GET, queryset=Product.objects.order_by("name"))
    if not filterset.is_valid():
        return JsonResponse(filterset.errors, status=400)
    products = filterset.qs.values("id", "name", "category", "price", "in_stock")
    return JsonResponse({"results": list(products)})


# endregion list
