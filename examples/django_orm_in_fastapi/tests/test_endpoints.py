import pytest
from django.core.management import call_command

from django_orm_in_fastapi.django_app.models import Item, Reservation


def test_migrations_match_the_models(db):
    call_command(
        "makemigrations", "django_orm_in_fastapi", "--check", "--dry-run", verbosity=0
    )


@pytest.mark.asyncio
async def test_create_list_and_read_through_the_async_orm(client):
    created = await client.post("/items", json={"name": "Mug", "stock": 3})
    assert created.status_code == 201
    item_id = created.json()["id"]
    await client.post("/items", json={"name": "Kettle", "stock": 1})

    listing = await client.get("/items")
    assert [item["name"] for item in listing.json()] == ["Kettle", "Mug"]
    assert (await client.get(f"/items/{item_id}")).json() == {
        "id": item_id,
        "name": "Mug",
        "stock": 3,
    }
    assert (await client.get("/items/999")).status_code == 404
    assert await Item.objects.acount() == 2  # the rows are really in Django's tables


@pytest.mark.asyncio
async def test_a_block_of_sync_orm_code_in_a_worker_thread(client):
    item = await Item.objects.acreate(name="Mug", stock=3)
    response = await client.post(f"/items/{item.pk}/reservations", json={"quantity": 2})
    assert response.status_code == 201
    assert (await Item.objects.aget(pk=item.pk)).stock == 1
    too_many = await client.post(f"/items/{item.pk}/reservations", json={"quantity": 2})
    assert too_many.status_code == 409
    assert await Reservation.objects.filter(item=item).acount() == 1  # rolled back
    missing = await client.post("/items/999/reservations", json={"quantity": 1})
    assert missing.status_code == 404
    assert (await client.get(f"/items/{item.pk}/reservations")).json() == [2]
