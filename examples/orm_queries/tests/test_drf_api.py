from decimal import Decimal

import pytest
from rest_framework.test import APIClient

from exchanges import record
from orm_queries.django_app.models import Customer, Order
from orm_queries.drf_app.views import OrderList

pytestmark = [pytest.mark.django_db, pytest.mark.urls("orm_queries.drf_app.urls")]


@pytest.fixture
def client() -> APIClient:
    return APIClient()


@pytest.fixture
def customers() -> list[Customer]:
    created = []
    for number in range(5):
        customer = Customer.objects.create(
            name=f"Customer {number}", email=f"c{number}@example.com"
        )
        for total in ("10.00", "20.00"):
            Order.objects.create(customer=customer, total=Decimal(total))
        created.append(customer)
    return created


def test_forgetting_select_related_is_one_query_per_row(
    customers, django_assert_num_queries
):
    with django_assert_num_queries(1 + 10):  # the orders, then each order's customer
        names = [order.customer.name for order in Order.objects.all()]
    assert len(names) == 10


def test_order_list_without_select_related_is_one_query_per_order(
    client, customers, django_assert_num_queries, monkeypatch
):
    # loader forgotten
    monkeypatch.setattr(OrderList, "queryset", Order.objects.order_by("id"))
    # the orders, then each customer
    with django_assert_num_queries(1 + 10) as captured:
        response = client.get("/orders/")
    assert response.status_code == 200 and len(response.json()) == 10
    sql = [query["sql"] for query in captured.captured_queries]
    record("orm_queries/drf-orders-loader-forgotten", response, sql=sql)


def test_order_list_is_one_query_with_select_related(
    client, customers, django_assert_num_queries
):
    with django_assert_num_queries(1) as captured:
        response = client.get("/orders/")
    assert response.status_code == 200
    assert len(response.json()) == 10
    first = Order.objects.order_by("id").first()
    assert response.json()[0] == {
        "id": first.pk,
        "status": "pending",
        "total": "10.00",
        "customer": {
            "id": customers[0].pk,
            "name": "Customer 0",
            "email": "c0@example.com",
        },
    }
    sql = [query["sql"] for query in captured.captured_queries]
    record("orm_queries/drf-orders-select-related", response, sql=sql)


def test_customer_list_is_three_queries_whatever_the_page_size(
    client, customers, django_assert_num_queries
):
    # COUNT for the paginator, the page of customers, then all their orders at once.
    with django_assert_num_queries(3) as captured:
        response = client.get("/customers/", {"limit": 5})
    body = response.json()
    assert body["count"] == 5
    assert [len(customer["orders"]) for customer in body["results"]] == [2, 2, 2, 2, 2]
    sql = [query["sql"] for query in captured.captured_queries]
    record("orm_queries/drf-customers-prefetch-related", response, sql=sql)


def test_pagination_is_limit_and_offset(client, customers):
    response = client.get("/customers/", {"limit": 2, "offset": 2})
    body = response.json()
    assert [customer["name"] for customer in body["results"]] == [
        "Customer 2",
        "Customer 3",
    ]
    assert body["next"].endswith("limit=2&offset=4")
    assert body["previous"].endswith("limit=2")  # offset 0 is left out of the link
    record("orm_queries/drf-customers-page", response)


def test_retrieve_is_get_object_or_404(client, customers):
    assert client.get(f"/customers/{customers[0].pk}/").json()["name"] == "Customer 0"
    assert client.get("/customers/999/").status_code == 404
