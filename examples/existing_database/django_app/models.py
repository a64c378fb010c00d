from django.db import models


# region models
class Publisher(models.Model):
    name = models.CharField(max_length=100, unique=True)


class Tag(models.Model):
    slug = models.SlugField(max_length=50, unique=True)


class Book(models.Model):
    title = models.CharField(max_length=200)
    publisher = models.ForeignKey(
        Publisher, on_delete=models.PROTECT, related_name="books"
    )
    tags = models.ManyToManyField(Tag, related_name="books", blank=True)
    published_on = models.DateField(null=True, blank=True)


# endregion models
