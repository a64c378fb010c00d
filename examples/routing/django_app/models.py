from django.db import models


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        PUBLISHED = "published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    published_on = models.DateField(null=True, blank=True)

    def __str__(self) -> str:
        return self.title
