from django.db import models


# region ticket
class Ticket(models.Model):
    """A support ticket: Django owns this table and its migrations."""

    class Status(models.TextChoices):
        OPEN = "open"
        CLOSED = "closed"

    class Priority(models.IntegerChoices):
        LOW = 1
        NORMAL = 2
        URGENT = 3

    subject = models.CharField(max_length=200)
    customer_email = models.EmailField()
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    priority = models.IntegerField(choices=Priority, default=Priority.NORMAL)
    created_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.subject


# endregion ticket


# region order
class Order(models.Model):
    """The FastAPI service's orders table, mapped so the admin can read it."""

    number = models.CharField(max_length=20, unique=True)
    customer_email = models.CharField(max_length=254)
    total_cents = models.IntegerField()
    status = models.CharField(max_length=20)
    created_at = models.DateTimeField()

    class Meta:
        managed = False  # no CREATE, ALTER or DROP from Django: Alembic owns this table
        db_table = "orders"  # the FastAPI model's __tablename__, not "admin_site_order"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.number


# endregion order
