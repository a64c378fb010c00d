from django.http import HttpRequest, JsonResponse
from django.urls import path

from capstone.ninja_app.api import api

# region urls
urlpatterns = [path("api/", api.urls)]  # /api/messages/..., /api/openapi.json
# endregion urls


def not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    """handler404: a URL no route matches gets JSON, not Django's HTML page."""
    return JsonResponse({"detail": "Not found."}, status=404)


handler404 = "capstone.ninja_app.urls.not_found"
