from rest_framework import generics, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from project_layout.django_app.models import Product
from project_layout.drf_app import serializers
from project_layout.services import pricing


class ProductList(generics.ListCreateAPIView):
    queryset = Product.objects.order_by("sku")
    serializer_class = serializers.ProductSerializer


# region quote
class QuoteView(APIView):
    def post(self, request: Request) -> Response:
        # Shape and types: the serializer's job.
        payload = serializers.QuoteRequestSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        lines = [pricing.OrderLine(**line) for line in data["lines"]]
        skus = {line.sku for line in lines}
        rows = Product.objects.filter(sku__in=skus)
        prices = dict(rows.values_list("sku", "unit_price"))
        try:
            result = pricing.quote(lines, prices, data.get("coupon"))
        except pricing.PricingError as error:  # a broken rule
            detail = {"detail": str(error)}
            return Response(detail, status.HTTP_400_BAD_REQUEST)
        return Response(serializers.QuoteSerializer(result).data)


# endregion quote
