from django.urls import path

from settings_config.django_app.views import status
from settings_config.drf_app.views import StatusView

urlpatterns = [
    path("status/", status, name="status"),
    path("api/status/", StatusView.as_view(), name="api-status"),
]
