from django.conf import settings
from django.db import models


# region models
class Note(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notes"
    )
    title = models.CharField(max_length=200)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "title"], name="unique_note_title_per_owner"
            )
        ]

    def __str__(self) -> str:
        return self.title


class AccessToken(models.Model):
    """A bearer token for API clients (DRF's optional authtoken app does the same job)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    key = models.CharField(max_length=64, unique=True)


# endregion models
