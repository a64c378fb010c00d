from django.db import models
from django.db.models.functions import Now


# region author
class Author(models.Model):
    email = models.EmailField(unique=True)  # unique implies an index
    display_name = models.CharField(max_length=100)
    joined_at = models.DateTimeField(db_default=Now())  # set by the database

    def __str__(self) -> str:
        return self.display_name


# endregion author


# region post
class Post(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        PUBLISHED = "published"

    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="posts")
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)  # set by Django on save

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return self.title


# endregion post
