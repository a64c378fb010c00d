from django.urls import path

from validation.drf_app.views import (
    AccountDetail,
    OrderCreate,
    OrderCreateWithFastAPIErrors,
    SignUp,
)

urlpatterns = [
    path("accounts/", SignUp.as_view()),
    path("accounts/<int:pk>/", AccountDetail.as_view()),
    path("orders/", OrderCreate.as_view()),
    path("fastapi-style/orders/", OrderCreateWithFastAPIErrors.as_view()),
]
