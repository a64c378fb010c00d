"""Older project-layout advice that no longer holds. If Django or FastAPI change again, this fails."""

import importlib

import pytest
from django.apps import AppConfig
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from project_layout.django_app.apps import ProjectLayoutConfig
from project_layout.fastapi_app.main import create_app


def test_listing_the_package_is_enough_to_get_its_app_config():
    assert type(AppConfig.create("project_layout.django_app")) is ProjectLayoutConfig


def test_default_app_config_is_ignored(tmp_path, monkeypatch):
    package = tmp_path / "pl_legacy"
    package.mkdir()
    # Two configs and no default=True: Django would need default_app_config to choose,
    # and no longer reads it.
    (package / "__init__.py").write_text(
        'default_app_config = "pl_legacy.apps.SecondConfig"\n'
    )
    (package / "apps.py").write_text(
        "from django.apps import AppConfig\n\n"
        "class FirstConfig(AppConfig):\n    name = 'pl_legacy'\n\n"
        "class SecondConfig(AppConfig):\n    name = 'pl_legacy'\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    assert type(AppConfig.create("pl_legacy")) is AppConfig


def test_on_event_startup_is_deprecated_for_lifespan():
    app = FastAPI()
    with pytest.warns(
        DeprecationWarning,
        match="on_event is deprecated, use lifespan event handlers instead",
    ):
        app.on_event("startup")


def test_script_style_imports_break_once_the_code_is_a_package(tmp_path, monkeypatch):
    package = tmp_path / "pl_scripty"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "db.py").write_text("SessionLocal = object()\n")
    (package / "routes.py").write_text("from db import SessionLocal\n")
    (package / "routes_fixed.py").write_text("from pl_scripty.db import SessionLocal\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(ModuleNotFoundError, match="No module named 'db'"):
        importlib.import_module("pl_scripty.routes")
    assert importlib.import_module("pl_scripty.routes_fixed").SessionLocal is not None


def test_app_routes_holds_each_included_router_not_copies_of_its_routes():
    application = create_app()
    with pytest.raises(AttributeError, match="has no attribute 'path'"):
        # FastAPI 0.136: every route's path
        [route.path for route in application.routes]
    paths = {context.path for context in iter_route_contexts(application.routes)}
    assert {"/api/products/", "/api/quotes/"} <= paths
    assert {"/api/products/", "/api/quotes/"} <= application.openapi()["paths"].keys()
