from decimal import Decimal

import pytest
from django.test import Client

from orm_queries.django_app.models import Customer, Order

pytestmark = [pytest.mark.django_db, pytest.mark.urls("orm_queries.django_app.urls")]


@pytest.fixture
def ada() -> Customer:
    customer = Customer.objects.create(name="Ada", email="ada@example.com")
    Order.objects.create(customer=customer, total=Decimal("12.50"))
    Order.objects.create(customer=customer, total=Decimal("7.25"))
    return customer


def test_detail_uses_get_object_or_404(client: Client, ada):
    assert client.get(f"/customers/{ada.pk}/").json() == {
        "id": ada.pk,
        "name": "Ada",
        "email": "ada@example.com",
    }
    response = client.get("/customers/999/")
    assert response.status_code == 404
    # the <int:pk> converter does not match
    assert client.get("/customers/abc/").status_code == 404


def test_async_view_uses_the_async_orm(client: Client, ada, django_assert_num_queries):
    # The test client runs the async view in an event loop; each a-method is one query.
    with django_assert_num_queries(3):
        response = client.get(f"/customers/{ada.pk}/summary/")
    assert response.json() == {
        "name": "Ada",
        "order_count": 2,
        "totals": ["12.50", "7.25"],
    }
    assert client.get("/customers/999/summary/").status_code == 404


@pytest.mark.asyncio
@pytest.mark.django_db(transaction=True)
async def test_async_queryset_methods_inside_a_coroutine():
    customer = await Customer.objects.acreate(name="Ada", email="ada@example.com")
    await Order.objects.acreate(customer=customer, total=Decimal("3.00"))
    assert await Order.objects.filter(customer=customer).acount() == 1
    fetched = await Customer.objects.aget(email="ada@example.com")
    assert [order.total async for order in fetched.orders.all()] == [Decimal("3.00")]
