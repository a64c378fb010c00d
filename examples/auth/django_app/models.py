import secrets

from django.conf import settings
from django.db import models


# region message
class Message(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="messages")
    text = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.text[:50]
# endregion message


def generate_token_key() -> str:
    return secrets.token_hex(20)


# region token
class ApiToken(models.Model):
    """The same shape as rest_framework.authtoken's Token: one opaque key per user."""

    key = models.CharField(max_length=40, primary_key=True, default=generate_token_key)
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_token")
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"token for user {self.user_id}"
# endregion token
