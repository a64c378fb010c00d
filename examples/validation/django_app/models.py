from django.core.validators import MinLengthValidator, RegexValidator
from django.db import models

USERNAME_PATTERN = r"^[a-z0-9_]+$"


# region models
class Account(models.Model):
    # Validators on the model field reach ModelSerializer, ModelForm and the admin.
    username = models.CharField(
        max_length=30,
        unique=True,
        validators=[MinLengthValidator(3), RegexValidator(USERNAME_PATTERN)],
    )
    email = models.EmailField()
    password = models.CharField(max_length=128)  # a hash, as in django.contrib.auth
    display_name = models.CharField(max_length=100)
    bio = models.TextField(max_length=500, blank=True)

    def __str__(self) -> str:
        return self.username


class Order(models.Model):
    ship_to = models.CharField(max_length=300)


class OrderLine(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    sku = models.CharField(max_length=8)
    quantity = models.PositiveSmallIntegerField()

    def __str__(self) -> str:
        return f"{self.quantity} x {self.sku}"


# endregion models
