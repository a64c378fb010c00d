from django.db import models


class Item(models.Model):
    """The seeded table (bench/frameworks/seed.sql); the harness creates it, not migrations."""

    id = models.IntegerField(primary_key=True)
    name = models.CharField(max_length=100)
    description = models.TextField()
    price = models.DecimalField(max_digits=10, decimal_places=2)
    quantity = models.IntegerField()
    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "bench_item"

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "price": self.price,
            "quantity": self.quantity,
            "created_at": self.created_at,
        }
