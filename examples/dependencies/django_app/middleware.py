import secrets

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse


# region middleware
class ApiKeyMiddleware:
    """Turns away every /api/ request without the right X-API-Key, before any view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith("/api/"):
            given = request.headers.get("X-API-Key", "")
            # compare_digest takes the same time whatever the input: no timing leak.
            if not secrets.compare_digest(
                given.encode(), settings.NOTES_API_KEY.encode()
            ):
                return JsonResponse({"detail": "Invalid API key"}, status=403)
        return self.get_response(request)


# endregion middleware
