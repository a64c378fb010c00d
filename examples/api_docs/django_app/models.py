from django.db import models


# region book
class Book(models.Model):
    # help_text reaches serializers, OPTIONS metadata and drf-spectacular's schema.
    title = models.CharField(max_length=200, help_text="The title on the cover.")
    isbn = models.CharField(
        max_length=13, unique=True, help_text="ISBN-13, digits only."
    )
    year = models.PositiveSmallIntegerField(help_text="Year of first publication.")

    def __str__(self) -> str:
        return self.title


# endregion book
