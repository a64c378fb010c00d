"""Plain synchronous Django code: the kind you already have and do not rewrite."""

from django.db import transaction
from django.db.models import F

from django_orm_in_fastapi.django_app.models import Item, Reservation


class OutOfStock(Exception):
    pass


# region reserve
def reserve(item_id: int, quantity: int) -> Reservation:
    with transaction.atomic():
        item = Item.objects.select_for_update().get(pk=item_id)
        if item.stock < quantity:
            raise OutOfStock(item.name)
        Item.objects.filter(pk=item.pk).update(stock=F("stock") - quantity)
        return Reservation.objects.create(item=item, quantity=quantity)


# endregion reserve
