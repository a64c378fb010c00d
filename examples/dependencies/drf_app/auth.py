import secrets

from django.conf import settings
from rest_framework.authentication import BaseAuthentication
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.permissions import BasePermission
from rest_framework.request import Request

from dependencies.django_app.models import AccessToken


# region authentication
class BearerTokenAuthentication(BaseAuthentication):
    """Sets request.user from an "Authorization: Bearer <key>" header."""

    def authenticate(self, request: Request):
        scheme, _, key = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or not key:
            return None  # no credentials: the user stays anonymous
        token = AccessToken.objects.select_related("user").filter(key=key).first()
        if token is None:
            raise AuthenticationFailed("Invalid token")
        return token.user, token  # becomes request.user and request.auth

    def authenticate_header(self, request: Request) -> str:
        return "Bearer"  # having a challenge makes DRF answer 401 rather than 403


# endregion authentication


# region api-key
class HasAPIKey(BasePermission):
    message = "Invalid API key"

    def has_permission(self, request: Request, view) -> bool:
        given = request.headers.get("X-API-Key", "")
        return secrets.compare_digest(given.encode(), settings.NOTES_API_KEY.encode())


# endregion api-key
