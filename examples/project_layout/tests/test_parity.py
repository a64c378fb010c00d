"""The same requests against DRF and FastAPI give the same answers: the rules live in one place."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from rest_framework.test import APIClient

from project_layout.fastapi_app.main import create_app

PRODUCTS = [
    {"sku": "MUG", "name": "Mug", "unit_price": "12.50"},
    {"sku": "TEE", "name": "T-shirt", "unit_price": "19.99"},
]
ORDERS = [
    {"lines": [{"sku": "MUG", "quantity": 3}]},
    {"lines": [{"sku": "TEE", "quantity": 1}], "coupon": "SPRING25"},
    {"lines": []},
    {"lines": [{"sku": "MUG", "quantity": 1}], "coupon": "FREE"},
    {"lines": [{"sku": "HAT", "quantity": 2}, {"sku": "MUG", "quantity": 1}]},
]


@pytest.fixture
def fastapi_client(tmp_path) -> Iterator[TestClient]:
    with TestClient(
        create_app(f"sqlite+aiosqlite:///{tmp_path / 'shop.sqlite3'}")
    ) as client:
        for product in PRODUCTS:
            client.post("/api/products/", json=product)
        yield client


@pytest.fixture
def drf_client(db) -> APIClient:
    client = APIClient()
    for product in PRODUCTS:
        client.post("/api/products/", product, format="json")
    return client


@pytest.mark.urls("project_layout.django_project.urls")
@pytest.mark.parametrize("order", ORDERS)
def test_drf_and_fastapi_quote_identically(order, drf_client, fastapi_client):
    drf_response = drf_client.post("/api/quotes/", order, format="json")
    fastapi_response = fastapi_client.post("/api/quotes/", json=order)
    assert drf_response.status_code == fastapi_response.status_code
    assert drf_response.json() == fastapi_response.json()
