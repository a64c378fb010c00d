from datetime import datetime

from django.db import models

from hybrid.content_rules import reading_minutes


# region article
class ArticleQuerySet(models.QuerySet):
    def visible(self, now: datetime) -> "ArticleQuerySet":
        """What the public may read. FastAPI writes the same rule as SQLAlchemy (see its models)."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft"
        PUBLISHED = "published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        db_table = "hybrid_articles"  # a fixed name that the SQLAlchemy model maps too
        ordering = ["-published_at"]

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.body)


# endregion article
