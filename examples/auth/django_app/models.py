import hashlib
import secrets

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import models, transaction


# region message
class Message(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="messages"
    )
    text = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.text[:50]


# endregion message


# region token
class ApiToken(models.Model):
    """One token per user, as in rest_framework.authtoken, stored as a SHA-256 digest.

    DRF's own Token stores the key itself, so a database dump or a backup is a list of
    working credentials. Here the key is shown once, when issued, and only its digest is
    stored.
    """

    digest = models.CharField(max_length=64, primary_key=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_token"
    )
    created = models.DateTimeField(auto_now_add=True)

    @staticmethod
    def digest_of(key: str) -> str:
        # The key is 256 random bits, so a fast hash is enough: nobody can guess it.
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user: AbstractBaseUser) -> str:
        """Replace the user's token with a new one and return its key (not stored)."""
        key = secrets.token_urlsafe(32)
        with transaction.atomic():
            cls.objects.filter(user=user).delete()
            cls.objects.create(user=user, digest=cls.digest_of(key))
        return key

    def __str__(self) -> str:
        return f"token for user {self.user_id}"


# endregion token
