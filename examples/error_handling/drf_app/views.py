import secrets

from django.db.models import F
from rest_framework import status
from rest_framework.exceptions import NotAuthenticated, NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from error_handling.django_app.models import Product
from error_handling.drf_app.exceptions import OutOfStock
from error_handling.drf_app.serializers import ReservationSerializer

API_KEY = "example-key"  # read it from settings or a secret store in a real project


# region not-found
class ProductDetail(APIView):
    def get(self, request: Request, pk: int) -> Response:
        product = Product.objects.filter(pk=pk).first()
        if product is None:
            raise NotFound(f"Product {pk} does not exist.")
        return Response(
            {"id": product.pk, "name": product.name, "stock": product.stock}
        )

    # endregion not-found

    # region delete
    def delete(self, request: Request, pk: int) -> Response:
        key = request.headers.get("X-API-Key", "")
        if not secrets.compare_digest(key.encode(), API_KEY.encode()):
            raise NotAuthenticated("A valid X-API-Key header is required.")
        deleted, _ = Product.objects.filter(pk=pk).delete()
        if not deleted:
            raise NotFound(f"Product {pk} does not exist.")
        return Response(status=status.HTTP_204_NO_CONTENT)

    def get_authenticate_header(self, request: Request) -> str:
        # the WWW-Authenticate value; without one DRF turns a 401 into a 403
        return "ApiKey"

    # endregion delete


# region reserve
class ReservationCreate(APIView):
    def post(self, request: Request, pk: int) -> Response:
        serializer = ReservationSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)  # raises ValidationError
        quantity = serializer.validated_data["quantity"]
        product = Product.objects.filter(pk=pk).first()
        if product is None:
            raise NotFound(f"Product {pk} does not exist.")
        # One conditional UPDATE, so two requests cannot both take the last item.
        taken = Product.objects.filter(pk=pk, stock__gte=quantity).update(
            stock=F("stock") - quantity
        )
        if not taken:
            raise OutOfStock(f"Only {product.stock} left of product {pk}.")
        return Response(
            {"product": pk, "reserved": quantity}, status=status.HTTP_201_CREATED
        )


# endregion reserve
