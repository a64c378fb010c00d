from django.db import transaction

from async_concurrency.django_app.models import Account, Entry


class InsufficientFunds(Exception):
    pass


# region transfer
@transaction.atomic
def transfer(source_id: int, target_id: int, amount: int) -> None:
    """Moves money between two accounts: both balances change, or neither does."""
    source = Account.objects.select_for_update().get(pk=source_id)
    if source.balance < amount:
        raise InsufficientFunds(f"Account {source_id} cannot pay")
    source.balance -= amount
    source.save(update_fields=["balance"])
    # An unknown target raises DoesNotExist here, and atomic() undoes the debit above.
    target = Account.objects.select_for_update().get(pk=target_id)
    target.balance += amount
    target.save(update_fields=["balance"])
    Entry.objects.create(account=source, amount=-amount)
    Entry.objects.create(account=target, amount=amount)
# endregion transfer
