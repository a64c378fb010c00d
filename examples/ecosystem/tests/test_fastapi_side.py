from collections.abc import AsyncIterator
from decimal import Decimal

import pytest
import pytest_asyncio
from fastapi import FastAPI
from httpx2 import ASGITransport, AsyncClient
from pydantic import ValidationError

from ecosystem.fastapi_app.config import Settings
from ecosystem.fastapi_app.db import make_engine
from ecosystem.fastapi_app.main import create_app
from ecosystem.fastapi_app.models import Base, Product

ORIGINS = "https://app.example.com,https://admin.example.com"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        secret_key="test-only",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'test.sqlite3'}",
        cors_origins=ORIGINS,
    )


@pytest_asyncio.fixture
async def app(settings) -> AsyncIterator[FastAPI]:
    app = create_app(settings)
    async with app.state.sessions() as session:
        await (await session.connection()).run_sync(Base.metadata.create_all)
        session.add_all(
            [
                Product(name="Kettle", category="kitchen", price=Decimal("25.00")),
                Product(
                    name="Toaster",
                    category="kitchen",
                    price=Decimal("40.00"),
                    in_stock=False,
                ),
                Product(name="Desk lamp", category="office", price=Decimal("18.50")),
            ]
        )
        await session.commit()
    async with app.router.lifespan_context(app):
        yield app


@pytest_asyncio.fixture
async def client(app) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(
        transport=ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client


async def names(client: AsyncClient, **params: str) -> list[str]:
    response = await client.get("/products", params=params)
    assert response.status_code == 200, response.text
    return [product["name"] for product in response.json()]


@pytest.mark.asyncio
async def test_query_model_filters_and_orders(client):
    assert await names(client, category="kitchen", max_price="30") == ["Kettle"]
    assert await names(client, q="LAMP") == ["Desk lamp"]
    assert await names(client, in_stock="false") == ["Toaster"]
    # Pydantic reads yes/no too
    assert await names(client, in_stock="yes") == ["Desk lamp", "Kettle"]
    assert await names(client, ordering="-price") == ["Toaster", "Kettle", "Desk lamp"]


@pytest.mark.asyncio
async def test_bad_and_unknown_parameters_are_422(client):
    response = await client.get(
        "/products", params={"min_price": "cheap", "colour": "red", "ordering": "age"}
    )
    assert response.status_code == 422
    errors = {tuple(error["loc"]): error["type"] for error in response.json()["detail"]}
    assert errors == {
        ("query", "min_price"): "decimal_parsing",
        ("query", "colour"): "extra_forbidden",
        ("query", "ordering"): "literal_error",
    }


def test_query_model_fields_are_documented_one_by_one(app):
    parameters = app.openapi()["paths"]["/products"]["get"]["parameters"]
    assert [p["name"] for p in parameters] == [
        "category",
        "in_stock",
        "min_price",
        "max_price",
        "q",
        "ordering",
    ]
    assert all(p["in"] == "query" for p in parameters)


@pytest.mark.asyncio
async def test_cors_middleware_answers_the_preflight(client):
    preflight = await client.options(
        "/products",
        headers={
            "Origin": "https://admin.example.com",
            "Access-Control-Request-Method": "GET",
        },
    )
    assert preflight.status_code == 200
    assert (
        preflight.headers["access-control-allow-origin"] == "https://admin.example.com"
    )
    assert preflight.headers["access-control-max-age"] == "600"
    refused = await client.options(
        "/products",
        headers={
            "Origin": "https://evil.example.net",
            "Access-Control-Request-Method": "GET",
        },
    )
    # unlike django-cors-headers, Starlette refuses the preflight
    assert refused.status_code == 400
    assert refused.text == "Disallowed CORS origin"
    stranger = await client.get(
        "/products", headers={"Origin": "https://evil.example.net"}
    )
    assert (
        stranger.status_code == 200
        and "access-control-allow-origin" not in stranger.headers
    )


def test_settings_read_the_environment(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "from-env")
    monkeypatch.setenv("SHOP_DEBUG", "yes")
    monkeypatch.setenv("SHOP_CORS_ORIGINS", ORIGINS)
    settings = Settings()
    assert settings.debug is True
    assert (
        settings.secret_key.get_secret_value() == "from-env"
        and "from-env" not in repr(settings)
    )
    assert settings.cors_origins == [
        "https://app.example.com",
        "https://admin.example.com",
    ]
    assert settings.database_url == "sqlite+aiosqlite:///./ecosystem.sqlite3"


def test_bad_or_missing_settings_fail_together(monkeypatch):
    monkeypatch.delenv("SHOP_SECRET_KEY", raising=False)
    monkeypatch.setenv("SHOP_DEBUG", "maybe")
    with pytest.raises(ValidationError) as excinfo:
        Settings()
    assert {error["loc"][0] for error in excinfo.value.errors()} == {
        "debug",
        "secret_key",
    }


@pytest.mark.asyncio
async def test_echo_logs_sql_only_with_debug(settings, caplog):
    # No caplog.set_level here: echo=True is what enables the sqlalchemy.engine logger.
    for debug in (False, True):
        engine = make_engine(settings.model_copy(update={"debug": debug}))
        async with engine.connect() as connection:
            await connection.exec_driver_sql("select 42")
        await engine.dispose()
        logged = [
            r.getMessage()
            for r in caplog.records
            if r.name.startswith("sqlalchemy.engine")
        ]
        assert ("select 42" in logged) is debug
