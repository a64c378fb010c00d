from django.db import models


# region models
class Account(models.Model):
    owner = models.CharField(max_length=100)
    balance = models.IntegerField(default=0)  # in cents

    def __str__(self) -> str:
        return self.owner


class Entry(models.Model):
    account = models.ForeignKey(
        Account, on_delete=models.CASCADE, related_name="entries"
    )
    amount = models.IntegerField()  # in cents: negative for a debit

    def __str__(self) -> str:
        return f"{self.account_id}: {self.amount}"


# endregion models
