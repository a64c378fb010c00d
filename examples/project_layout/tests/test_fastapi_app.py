from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from project_layout.fastapi_app.main import create_app


@pytest.fixture
def client(tmp_path) -> Iterator[TestClient]:
    app = create_app(f"sqlite+aiosqlite:///{tmp_path / 'shop.sqlite3'}")
    # "with" runs the lifespan: tables created, engine disposed
    with TestClient(app) as client:
        for sku, name, price in [("MUG", "Mug", "12.50"), ("TEE", "T-shirt", "19.99")]:
            response = client.post(
                "/api/products/", json={"sku": sku, "name": name, "unit_price": price}
            )
            assert response.status_code == 201
        yield client


def test_products_are_listed_under_the_api_prefix(client):
    response = client.get("/api/products/")
    assert response.status_code == 200
    assert [(p["sku"], p["unit_price"]) for p in response.json()] == [
        ("MUG", "12.50"),
        ("TEE", "19.99"),
    ]


# region quote
def test_quote_route_calls_the_shared_service(client):
    lines = [{"sku": "MUG", "quantity": 2}, {"sku": "TEE", "quantity": 1}]
    order = {"lines": lines, "coupon": "WELCOME10"}
    response = client.post("/api/quotes/", json=order)
    assert response.status_code == 200
    assert response.json() == {
        "subtotal": "44.99",
        "discount": "4.50",
        "total": "40.49",
    }


def test_a_broken_business_rule_is_a_400(client):
    unknown = {"lines": [{"sku": "HAT", "quantity": 1}]}
    response = client.post("/api/quotes/", json=unknown)
    assert response.status_code == 400
    assert response.json() == {"detail": "Unknown product: HAT."}


# endregion quote


def test_invalid_shape_is_rejected_by_the_schema(client):
    response = client.post(
        "/api/quotes/", json={"lines": [{"sku": "MUG", "quantity": 0}]}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "lines", 0, "quantity"]


def test_each_app_from_the_factory_has_its_own_database(tmp_path, client):
    other = create_app(f"sqlite+aiosqlite:///{tmp_path / 'other.sqlite3'}")
    with TestClient(other) as other_client:
        assert other_client.get("/api/products/").json() == []
    assert len(client.get("/api/products/").json()) == 2


def test_a_path_without_the_trailing_slash_is_redirected(client):
    response = client.get("/api/products", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "http://testserver/api/products/"
