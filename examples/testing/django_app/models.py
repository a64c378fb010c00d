from django.conf import settings
from django.db import models


# region models
class Task(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="tasks"
    )
    title = models.CharField(max_length=200)
    done = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "title"], name="unique_task_title_per_owner"
            )
        ]

    def __str__(self) -> str:
        return self.title


# endregion models
