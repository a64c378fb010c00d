"""Django's URLconf in this phase: the admin (and its login) plus the DRF API from phase 1."""

from django.contrib import admin
from django.urls import include, path

# region urls
urlpatterns = [
    path("admin/", admin.site.urls),  # Django keeps the admin and the login page
    path("", include("capstone.drf_app.urls")),  # /api/messages/, the DRF capstone
]
# endregion urls
