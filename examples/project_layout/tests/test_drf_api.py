import pytest
from django.core.management import call_command
from rest_framework.test import APIClient

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("project_layout.django_project.urls"),
]


@pytest.fixture
def client() -> APIClient:
    client = APIClient()
    for sku, name, price in [("MUG", "Mug", "12.50"), ("TEE", "T-shirt", "19.99")]:
        response = client.post(
            "/api/products/",
            {"sku": sku, "name": name, "unit_price": price},
            format="json",
        )
        assert response.status_code == 201
    return client


def test_migrations_match_the_models():
    call_command(
        "makemigrations", "project_layout", "--check", "--dry-run", verbosity=0
    )


def test_products_are_listed_under_the_api_prefix(client):
    response = client.get("/api/products/")
    assert response.status_code == 200
    assert [(p["sku"], p["unit_price"]) for p in response.json()] == [
        ("MUG", "12.50"),
        ("TEE", "19.99"),
    ]


# region quote
def test_quote_view_calls_the_shared_service(client):
    lines = [{"sku": "MUG", "quantity": 2}, {"sku": "TEE", "quantity": 1}]
    order = {"lines": lines, "coupon": "WELCOME10"}
    response = client.post("/api/quotes/", order, format="json")
    assert response.status_code == 200
    assert response.json() == {
        "subtotal": "44.99",
        "discount": "4.50",
        "total": "40.49",
    }


def test_a_broken_business_rule_is_a_400(client):
    unknown = {"lines": [{"sku": "HAT", "quantity": 1}]}
    response = client.post("/api/quotes/", unknown, format="json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Unknown product: HAT."}


# endregion quote


def test_invalid_shape_is_rejected_by_the_serializer(client):
    lines = [{"sku": "MUG", "quantity": 1}, {"sku": "MUG", "quantity": 0}]
    response = client.post("/api/quotes/", {"lines": lines}, format="json")
    assert response.status_code == 400
    # DRF 3.18 keys many=True errors by item index and leaves valid items out
    error = {"quantity": ["Ensure this value is greater than or equal to 1."]}
    assert response.json() == {"lines": {"1": error}}
