"""Django's URLconf once the migration is over: the DRF routes are gone, the admin stays."""

from django.contrib import admin
from django.urls import path

# region retired
urlpatterns = [
    path("admin/", admin.site.urls),
    # path("", include("capstone.drf_app.urls")) is deleted, with the viewset and
    # serializer it served
]
# endregion retired
