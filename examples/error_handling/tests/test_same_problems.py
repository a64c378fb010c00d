"""One request, two frameworks, one body: the problem details agree byte for byte once parsed."""

import pytest

from error_handling.django_app.models import Product
from exchanges import record

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("error_handling.drf_app.urls"),
    pytest.mark.usefixtures("problem_settings"),
]

CASES = {
    "missing product": ("get", "/products/99", None),
    "unknown URL": ("get", "/nowhere", None),
    "invalid quantity": ("post", "/products/1/reservations", {"quantity": 0}),
    "missing quantity": ("post", "/products/1/reservations", {}),
    "too large": ("post", "/products/1/reservations", {"quantity": 101}),
    "out of stock": ("post", "/products/1/reservations", {"quantity": 5}),
    "no API key": ("delete", "/products/1", None),
}


@pytest.fixture
def products() -> None:
    # The same rows as the FastAPI test database (see conftest.seeded_factory).
    Product.objects.create(id=1, name="Lamp", stock=2)
    Product.objects.create(id=2, name="Desk", stock=0)


@pytest.mark.usefixtures("products")
@pytest.mark.parametrize("case", CASES)
def test_drf_and_fastapi_send_the_same_problem(case, drf_client, fastapi_client):
    method, path, body = CASES[case]
    drf = (
        getattr(drf_client, method)(path, body, format="json")
        if body is not None
        else getattr(drf_client, method)(path)
    )
    fastapi = fastapi_client.request(method, path, json=body)
    assert drf.status_code == fastapi.status_code >= 400
    assert (
        drf["Content-Type"]
        == fastapi.headers["content-type"]
        == "application/problem+json"
    )
    assert drf.json() == fastapi.json()
    assert drf.get("WWW-Authenticate") == fastapi.headers.get("www-authenticate")


def test_drf_validation_problem(drf_client, products):
    # region drf-validation
    response = drf_client.post(
        "/products/1/reservations", {"quantity": 0}, format="json"
    )
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == {
        "type": "https://example.com/problems/invalid-request",
        "title": "Invalid request",
        "status": 422,
        "detail": "The request is not valid.",
        "instance": "/products/1/reservations",
        "errors": [{"pointer": "#/quantity", "detail": "This value is too small."}],
    }
    # endregion drf-validation
    record("error_handling/drf-validation-problem", response)


def test_fastapi_validation_problem(fastapi_client):
    # region fastapi-validation
    response = fastapi_client.post("/products/1/reservations", json={"quantity": 0})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json() == {
        "type": "https://example.com/problems/invalid-request",
        "title": "Invalid request",
        "status": 422,
        "detail": "The request is not valid.",
        "instance": "/products/1/reservations",
        "errors": [{"pointer": "#/quantity", "detail": "This value is too small."}],
    }
    # endregion fastapi-validation
    record("error_handling/fastapi-validation-problem", response)


def test_the_domain_problem_names_its_type(drf_client, fastapi_client, products):
    expected = {
        "type": "https://example.com/problems/out-of-stock",
        "title": "Out of stock",
        "status": 409,
        "detail": "Only 2 left of product 1.",
        "instance": "/products/1/reservations",
    }
    assert (
        drf_client.post(
            "/products/1/reservations", {"quantity": 5}, format="json"
        ).json()
        == expected
    )
    assert (
        fastapi_client.post("/products/1/reservations", json={"quantity": 5}).json()
        == expected
    )


def test_a_server_error_is_the_same_problem_too(
    drf_client, fastapi_client, monkeypatch, products
):
    from error_handling.drf_app.views import ProductDetail
    from error_handling.fastapi_app import db, main

    def broken(*args, **kwargs):
        raise RuntimeError("password=hunter2 in a connection string")

    # no parameters: FastAPI would read *args and **kwargs as query parameters
    def broken_session():
        raise RuntimeError("password=hunter2 in a connection string")

    monkeypatch.setattr(ProductDetail, "get", broken)
    main.app.dependency_overrides[db.get_session] = broken_session
    drf, fastapi = drf_client.get("/products/1"), fastapi_client.get("/products/1")
    assert drf.status_code == fastapi.status_code == 500
    assert drf.json() == fastapi.json()
    assert (
        drf["Content-Type"]
        == fastapi.headers["content-type"]
        == "application/problem+json"
    )
