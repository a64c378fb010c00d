from django.urls import path

from error_handling.drf_app.views import ProductDetail, ReservationCreate

# No trailing slashes, like the FastAPI routes, so both APIs report the same "instance".
urlpatterns = [
    path("products/<int:pk>", ProductDetail.as_view()),
    path("products/<int:pk>/reservations", ReservationCreate.as_view()),
]

# DRF leaves unmatched URLs and unhandled exceptions to Django's handlers.
handler404 = "error_handling.django_app.views.not_found"
handler500 = "error_handling.django_app.views.server_error"
