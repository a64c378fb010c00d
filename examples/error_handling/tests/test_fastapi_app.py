import pytest
from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import select, text

from exchanges import record

PROBLEM_JSON = "application/problem+json"


@pytest.mark.asyncio
async def test_existing_product_is_returned(api):
    response = await api.get("/products/1")
    assert response.json() == {"id": 1, "name": "Lamp", "stock": 2}


@pytest.mark.asyncio
async def test_http_exception_becomes_a_problem(api):
    response = await api.get("/products/99")
    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "Product 99 does not exist.",
        "instance": "/products/99",
    }


@pytest.mark.asyncio
async def test_router_errors_reach_the_starlette_handler(api):
    response = await api.get("/nowhere")
    assert response.status_code == 404 and response.json()["detail"] == "Not Found"
    response = await api.put("/products/1")
    assert response.status_code == 405
    # the router's header, kept by the handler
    assert response.headers["allow"] == "GET"
    assert response.json()["title"] == "Method Not Allowed"
    record("error_handling/fastapi-wrong-method", response)


@pytest.mark.asyncio
async def test_http_exception_headers_are_sent(api):
    response = await api.delete("/products/1")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "ApiKey"
    record("error_handling/fastapi-no-api-key", response)
    assert (
        await api.delete("/products/1", headers={"X-API-Key": "example-key"})
    ).status_code == 204
    assert (
        await api.delete("/products/1", headers={"X-API-Key": "example-key"})
    ).status_code == 404


@pytest.mark.asyncio
async def test_domain_exception_has_its_own_handler(api, session_factory):
    from error_handling.fastapi_app.models import Product

    response = await api.post("/products/1/reservations", json={"quantity": 5})
    assert response.status_code == 409
    assert response.json()["type"] == "https://example.com/problems/out-of-stock"
    response = await api.post("/products/1/reservations", json={"quantity": 2})
    assert response.status_code == 201 and response.json() == {
        "product": 1,
        "reserved": 2,
    }
    async with session_factory() as session:
        assert await session.scalar(select(Product.stock).where(Product.id == 1)) == 0


@pytest.mark.asyncio
async def test_validation_error_becomes_a_422_problem(api):
    response = await api.post("/products/1/reservations", json={"quantity": "many"})
    assert response.status_code == 422
    assert response.json()["errors"] == [
        {
            "pointer": "#/quantity",
            "detail": "Input should be a valid integer, unable to parse string as an integer",
        }
    ]


@pytest.mark.asyncio
async def test_a_path_that_is_not_an_int_is_a_422_not_a_404(api):
    response = await api.get("/products/lamp")
    assert (
        response.status_code == 422
        and response.json()["errors"][0]["pointer"] == "#/product_id"
    )
    record("error_handling/fastapi-path-not-an-int", response)


def broken_session():
    raise RuntimeError("password=hunter2 in a connection string")


def test_unhandled_exception_gets_the_500_problem(fastapi_client):
    from error_handling.fastapi_app import db, main

    main.app.dependency_overrides[db.get_session] = broken_session
    response = fastapi_client.get("/products/1")
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM_JSON
    assert response.json()["detail"] == "The server could not complete this request."
    assert "hunter2" not in response.text


def test_the_exception_is_still_raised_to_the_server(fastapi_client):
    from error_handling.fastapi_app import db, main

    main.app.dependency_overrides[db.get_session] = broken_session
    # raise_server_exceptions=True, the default
    with TestClient(main.app) as strict_client:
        with pytest.raises(RuntimeError, match="hunter2"):
            strict_client.get("/products/1")


def test_debug_mode_shows_the_traceback_and_skips_your_handler(
    fastapi_client, monkeypatch
):
    from error_handling.fastapi_app import db, main

    main.app.dependency_overrides[db.get_session] = broken_session
    monkeypatch.setattr(main.app, "debug", True)
    # rebuilt with the new debug flag
    monkeypatch.setattr(main.app, "middleware_stack", None)
    with TestClient(main.app, raise_server_exceptions=False) as client:
        response = client.get("/products/1", headers={"Accept": "application/json"})
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("text/plain")
    assert "hunter2" in response.text


def test_without_any_handler_a_500_is_plain_text():
    bare = FastAPI()

    @bare.get("/boom")
    async def boom() -> None:
        raise RuntimeError("password=hunter2 in a connection string")

    response = TestClient(bare, raise_server_exceptions=False).get("/boom")
    assert response.status_code == 500
    assert response.text == "Internal Server Error" and response.headers[
        "content-type"
    ].startswith("text/plain")


def test_a_handler_for_fastapis_http_exception_misses_router_404s():
    partial = FastAPI()

    @partial.exception_handler(HTTPException)  # fastapi.HTTPException, the subclass
    async def only_ours(request, exc):
        raise AssertionError("not called for an unknown URL")

    response = TestClient(partial).get("/nowhere")
    assert response.status_code == 404 and response.json() == {"detail": "Not Found"}


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    from error_handling.fastapi_app import db

    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert (await session.execute(text("select 1"))).scalar() == 1
