from django.db import models


# region models
class Item(models.Model):
    name = models.CharField(max_length=100, unique=True)
    stock = models.PositiveIntegerField(default=0)


class Reservation(models.Model):
    item = models.ForeignKey(
        Item, on_delete=models.CASCADE, related_name="reservations"
    )
    quantity = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)


# endregion models
