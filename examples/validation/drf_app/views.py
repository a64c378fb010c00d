from rest_framework import generics

from validation.django_app.models import Account
from validation.drf_app.errors import fastapi_style_exception_handler
from validation.drf_app.serializers import (
    AccountSerializer,
    OrderSerializer,
    SignupSerializer,
)


class SignUp(generics.CreateAPIView):
    serializer_class = SignupSerializer


# region account
class AccountDetail(generics.RetrieveUpdateAPIView):
    # PUT validates a whole account; PATCH calls the serializer with partial=True.
    queryset = Account.objects.all()
    serializer_class = AccountSerializer


# endregion account


class OrderCreate(generics.CreateAPIView):
    serializer_class = OrderSerializer


# region fastapi-style-view
class OrderCreateWithFastAPIErrors(OrderCreate):
    """The same endpoint; only this view reports errors in FastAPI's format."""

    def get_exception_handler(self):
        return fastapi_style_exception_handler


# endregion fastapi-style-view
