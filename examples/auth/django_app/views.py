import json

from django.contrib.auth import authenticate, login, logout
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_GET, require_POST


# region csrf
@require_GET
@ensure_csrf_cookie
def csrf_cookie(request: HttpRequest) -> JsonResponse:
    # A single-page app calls this first, then echoes the csrftoken cookie in
    # X-CSRFToken.
    return JsonResponse({"detail": "CSRF cookie set."})


# endregion csrf


# region login
@require_POST
def login_view(request: HttpRequest) -> JsonResponse:
    data = json.loads(request.body)
    user = authenticate(
        request, username=data.get("username"), password=data.get("password")
    )
    if user is None:
        return JsonResponse({"detail": "Invalid username or password."}, status=400)
    # stores the user id in the session and rotates the session key
    login(request, user)
    return JsonResponse({"username": user.username})


@require_POST
def logout_view(request: HttpRequest) -> JsonResponse:
    logout(request)  # flushes the session row and the cookie
    return JsonResponse({"detail": "Logged out."})


@require_GET
def me(request: HttpRequest) -> JsonResponse:
    if not request.user.is_authenticated:
        return JsonResponse({"detail": "Authentication required."}, status=401)
    return JsonResponse(
        {"username": request.user.username, "is_staff": request.user.is_staff}
    )


# endregion login
