# isort: off
from django_orm_in_fastapi import setup_django  # noqa: F401  (first: configures Django)
# isort: on

# region app
from fastapi import Depends, FastAPI, HTTPException, status
from pydantic import BaseModel, ConfigDict, Field

from django_orm_in_fastapi import inventory
from django_orm_in_fastapi.connections import (
    django_connections,
    in_request_scope,
    run_orm_block,
)
from django_orm_in_fastapi.django_app.models import Item, Reservation

app = FastAPI(dependencies=[Depends(django_connections)])


class ItemIn(BaseModel):
    name: str = Field(max_length=100)
    stock: int = Field(ge=0)


class ItemOut(ItemIn):
    model_config = ConfigDict(from_attributes=True)  # read a Django model instance
    id: int


class ReservationIn(BaseModel):
    quantity: int = Field(gt=0)


# endregion app


# region endpoints
@app.post("/items", status_code=status.HTTP_201_CREATED)
async def create_item(data: ItemIn) -> ItemOut:
    item = await Item.objects.acreate(**data.model_dump())
    return ItemOut.model_validate(item)


@app.get("/items")
async def list_items() -> list[ItemOut]:
    return [
        ItemOut.model_validate(item) async for item in Item.objects.order_by("name")
    ]


@app.get("/items/{item_id}")
async def read_item(item_id: int) -> ItemOut:
    try:
        item = await Item.objects.aget(pk=item_id)
    except Item.DoesNotExist:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Item not found") from None
    return ItemOut.model_validate(item)


# endregion endpoints


# region block
@app.post("/items/{item_id}/reservations", status_code=status.HTTP_201_CREATED)
async def reserve(item_id: int, data: ReservationIn) -> dict[str, int]:
    try:
        reservation = await run_orm_block(inventory.reserve, item_id, data.quantity)
    except Item.DoesNotExist:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Item not found") from None
    except inventory.OutOfStock:
        raise HTTPException(status.HTTP_409_CONFLICT, "Not enough stock") from None
    return {"id": reservation.pk, "quantity": reservation.quantity}


# endregion block


# region sync_endpoint
def reserved_quantities(item_id: int) -> list[int]:
    reservations = Reservation.objects.filter(item_id=item_id).order_by("pk")
    return list(reservations.values_list("quantity", flat=True))


@app.get("/items/{item_id}/reservations")
def list_reservations(item_id: int) -> list[int]:
    # def, not async def: FastAPI runs it in its thread pool, where the sync ORM
    # is allowed. The pool's threads get no cleanup from django_connections.
    return in_request_scope(reserved_quantities, item_id)


# endregion sync_endpoint
