from django.db import models


# region book
class Book(models.Model):
    # Class attributes holding Field objects: no annotation a type checker could read.
    title = models.CharField(max_length=200)
    pages = models.PositiveIntegerField()
    in_print = models.BooleanField(default=True)
    published_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return self.title


# endregion book
