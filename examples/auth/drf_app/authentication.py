from rest_framework.authentication import TokenAuthentication

from auth.django_app.models import ApiToken


# region token-auth
class ApiTokenAuthentication(TokenAuthentication):
    """DRF's TokenAuthentication, reading this project's ApiToken table.

    With rest_framework.authtoken in INSTALLED_APPS you would use TokenAuthentication as is.
    """

    model = ApiToken
    # The header is "Authorization: Token <key>"; "Bearer" would match what OAuth2 clients send.
    keyword = "Token"
# endregion token-auth
