from django.urls import path

from error_handling.django_app.views import product_detail

urlpatterns = [
    path("django/products/<int:pk>", product_detail),
]

# region handlers
# Django reads these from the root URLconf, and only when DEBUG is False.
handler404 = "error_handling.django_app.views.not_found"
handler500 = "error_handling.django_app.views.server_error"
# endregion handlers
