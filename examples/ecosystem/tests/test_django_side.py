import importlib
import logging
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from rest_framework.test import APIClient

from ecosystem.django_app.models import Product

SETTINGS_MODULE = "ecosystem.django_app.settings"


@pytest.fixture
def catalogue(db) -> None:
    Product.objects.create(name="Kettle", category="kitchen", price=Decimal("25.00"))
    Product.objects.create(
        name="Toaster", category="kitchen", price=Decimal("40.00"), in_stock=False
    )
    Product.objects.create(name="Desk lamp", category="office", price=Decimal("18.50"))


@pytest.fixture
def topic_settings(monkeypatch):
    """Import the topic's settings.py with a prepared environment."""
    monkeypatch.setenv("SHOP_SECRET_KEY", "test-only")
    monkeypatch.setenv("SHOP_DEBUG", "True")
    monkeypatch.setenv(
        "SHOP_CORS_ORIGINS", "https://app.example.com, https://admin.example.com"
    )
    return importlib.reload(importlib.import_module(SETTINGS_MODULE))


def names(response) -> list[str]:
    body = response.json()
    return [
        item["name"] for item in (body["results"] if isinstance(body, dict) else body)
    ]


def test_migrations_match_the_models(db):
    call_command("makemigrations", "ecosystem", "--check", "--dry-run", verbosity=0)


@pytest.mark.urls("ecosystem.django_app.urls")
def test_filterset_in_a_plain_django_view(catalogue):
    client = Client()
    assert names(
        client.get("/products/", {"category": "kitchen", "max_price": "30"})
    ) == ["Kettle"]
    assert names(client.get("/products/", {"q": "LAMP"})) == ["Desk lamp"]
    assert names(client.get("/products/", {"ordering": "-price"})) == [
        "Toaster",
        "Kettle",
        "Desk lamp",
    ]
    response = client.get("/products/", {"min_price": "cheap"})
    assert response.status_code == 400
    assert response.json() == {"min_price": ["Enter a number."]}
    assert str(Product.objects.get(name="Kettle")) == "Kettle"


@pytest.mark.urls("ecosystem.drf_app.urls")
def test_filterset_behind_drf(catalogue):
    client = APIClient()
    assert names(client.get("/products/", {"in_stock": "false"})) == ["Toaster"]
    assert names(
        client.get("/products/", {"min_price": "20", "ordering": "price"})
    ) == ["Kettle", "Toaster"]
    response = client.get("/products/", {"min_price": "cheap", "ordering": "age"})
    assert response.status_code == 400
    assert response.json() == {
        "min_price": ["Enter a number."],
        "ordering": ["Select a valid choice. age is not one of the available choices."],
    }


@pytest.mark.urls("ecosystem.drf_app.urls")
def test_unknown_and_unparsed_parameters_are_ignored(catalogue):
    client = APIClient()
    everything = names(client.get("/products/"))
    # not a filter: ignored
    assert names(client.get("/products/", {"colour": "red"})) == everything
    # not true/false: no filter
    assert names(client.get("/products/", {"in_stock": "yes"})) == everything


def test_settings_read_the_environment(topic_settings):
    assert topic_settings.DEBUG is True
    assert topic_settings.SECRET_KEY == "test-only"
    assert topic_settings.CORS_ALLOWED_ORIGINS == [
        "https://app.example.com",
        "https://admin.example.com",
    ]
    assert topic_settings.DATABASES["default"]["NAME"] == "shop.sqlite3"
    assert topic_settings.REST_FRAMEWORK["DEFAULT_FILTER_BACKENDS"] == [
        "django_filters.rest_framework.DjangoFilterBackend"
    ]


def test_a_missing_secret_stops_the_import(monkeypatch):
    monkeypatch.delenv("SHOP_SECRET_KEY", raising=False)
    with pytest.raises(KeyError, match="SHOP_SECRET_KEY"):
        importlib.reload(importlib.import_module(SETTINGS_MODULE))


@pytest.mark.urls("ecosystem.drf_app.urls")
def test_cors_headers_answers_the_preflight(catalogue, topic_settings):
    with override_settings(
        MIDDLEWARE=topic_settings.MIDDLEWARE,
        CORS_ALLOWED_ORIGINS=topic_settings.CORS_ALLOWED_ORIGINS,
        CORS_ALLOW_METHODS=topic_settings.CORS_ALLOW_METHODS,
        CORS_PREFLIGHT_MAX_AGE=topic_settings.CORS_PREFLIGHT_MAX_AGE,
    ):
        client = Client()
        preflight = client.options(
            "/products/",
            headers={
                "Origin": "https://app.example.com",
                "Access-Control-Request-Method": "GET",
            },
        )
        assert preflight.status_code == 200
        assert preflight["Access-Control-Allow-Origin"] == "https://app.example.com"
        assert preflight["Access-Control-Max-Age"] == "600"
        refused = client.options(
            "/products/",
            headers={
                "Origin": "https://evil.example.net",
                "Access-Control-Request-Method": "GET",
            },
        )
        assert (
            refused.status_code == 200 and "Access-Control-Allow-Origin" not in refused
        )
        stranger = client.get(
            "/products/", headers={"Origin": "https://evil.example.net"}
        )
        # served, but without the header the browser needs
        assert stranger.status_code == 200
        assert "Access-Control-Allow-Origin" not in stranger


def test_sql_is_logged_only_with_debug(catalogue, topic_settings, settings, caplog):
    assert topic_settings.LOGGING["loggers"]["django.db.backends"]["level"] == "DEBUG"
    caplog.set_level(logging.DEBUG, logger="django.db.backends")
    list(Product.objects.filter(category="office"))
    assert not [r for r in caplog.records if r.name == "django.db.backends"]
    settings.DEBUG = True
    connection.queries_log.clear()
    list(Product.objects.filter(category="office"))
    statements = [
        r.getMessage() for r in caplog.records if r.name == "django.db.backends"
    ]
    assert any(
        "SELECT" in statement and "office" in statement for statement in statements
    )
