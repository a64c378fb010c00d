from django.contrib.auth.base_user import AbstractBaseUser
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from auth.django_app.models import ApiToken


# region token-auth
class ApiTokenAuthentication(TokenAuthentication):
    """DRF's TokenAuthentication, looking the token up by its digest in ApiToken."""

    # The header is "Authorization: Token <key>"; "Bearer" would match OAuth2 clients.
    keyword = "Token"

    def authenticate_credentials(self, key: str) -> tuple[AbstractBaseUser, ApiToken]:
        tokens = ApiToken.objects.select_related("user")
        token = tokens.filter(digest=ApiToken.digest_of(key)).first()
        if token is None:
            raise AuthenticationFailed("Invalid token.")
        if not token.user.is_active:
            raise AuthenticationFailed("User inactive or deleted.")
        return token.user, token


# endregion token-auth
