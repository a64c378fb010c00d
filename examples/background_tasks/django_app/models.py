from django.db import models


# region models
class Signup(models.Model):
    email = models.EmailField(unique=True)
    confirmed = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.email


class SentEmail(models.Model):
    """One row per email that went out; the unique key makes a repeated task a no-op."""

    idempotency_key = models.CharField(max_length=100, unique=True)
    recipient = models.EmailField()
    sent_at = models.DateTimeField(auto_now_add=True)


# endregion models
