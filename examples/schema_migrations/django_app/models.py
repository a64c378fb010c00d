from django.db import models


# region product
class Product(models.Model):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    price_cents = models.PositiveIntegerField()
    description = models.TextField(blank=True, default="")  # added on one branch
    in_stock = models.BooleanField(default=True)  # added on another branch

    def __str__(self) -> str:
        return self.name


# endregion product


# region unmanaged
class Review(models.Model):
    """Alembic creates and alters this table; Django only reads and writes its rows."""

    product = models.ForeignKey(
        Product, on_delete=models.DO_NOTHING, related_name="reviews"
    )
    rating = models.PositiveSmallIntegerField()
    body = models.TextField()
    status = models.CharField(max_length=20)
    helpful_votes = models.PositiveIntegerField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False  # migrations record the model but never touch the table
        db_table = "reviews"


# endregion unmanaged
