from django.db import transaction

from async_concurrency.django_app.models import Account, Entry


class InsufficientFunds(Exception):
    pass


# region transfer
@transaction.atomic
def transfer(source_id: int, target_id: int, amount: int) -> None:
    """Moves money between two accounts: both balances change, or neither does."""
    # Lock both rows in primary-key order, whichever way the money goes. Locking the
    # source first lets A->B and B->A each hold one row and wait for the other forever.
    accounts = Account.objects.select_for_update()
    locked = {pk: accounts.get(pk=pk) for pk in sorted({source_id, target_id})}
    source, target = locked[source_id], locked[target_id]  # get() raised if unknown
    if source.balance < amount:
        raise InsufficientFunds(f"Account {source_id} cannot pay")
    source.balance -= amount
    source.save(update_fields=["balance"])
    target.balance += amount
    target.save(update_fields=["balance"])
    # Anything failing from here on (a constraint, a crash) makes atomic() undo it all.
    Entry.objects.create(account=source, amount=-amount)
    Entry.objects.create(account=target, amount=amount)


# endregion transfer
