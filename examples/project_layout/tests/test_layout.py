"""What the page says about the two layouts, checked against the real tools."""

import os
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command
from django.db import models as django_models
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from project_layout.django_app.models import Product as DjangoProduct
from project_layout.django_project import settings as project_settings
from project_layout.fastapi_app.main import app, create_app
from project_layout.fastapi_app.models import Product

EXAMPLES_DIR = Path(__file__).resolve().parents[2]


def files_under(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(EXAMPLES_DIR), os.environ.get("PYTHONPATH", "")]
        ),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, *args],
        cwd=EXAMPLES_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def test_startproject_creates_manage_py_and_a_settings_package(tmp_path):
    call_command("startproject", "pl_site", str(tmp_path))
    assert files_under(tmp_path) == {
        "manage.py",
        "pl_site/__init__.py",
        "pl_site/asgi.py",
        "pl_site/settings.py",
        "pl_site/urls.py",
        "pl_site/wsgi.py",
    }


def test_startapp_creates_models_views_and_migrations_but_no_urls(tmp_path):
    call_command("startapp", "pl_catalog", str(tmp_path))
    assert files_under(tmp_path) == {
        "__init__.py",
        "admin.py",
        "apps.py",
        "migrations/__init__.py",
        "models.py",
        "tests.py",
        "views.py",
    }


def test_project_settings_install_the_app_and_name_the_root_urlconf():
    assert "project_layout.django_app" in project_settings.INSTALLED_APPS
    assert project_settings.ROOT_URLCONF == "project_layout.django_project.urls"


def test_project_settings_pass_django_system_checks():
    result = run_python(
        "-m", "django", "check", "--settings=project_layout.django_project.settings"
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout


def route_paths(application: FastAPI) -> set[str | None]:
    # Since FastAPI 0.137, app.routes holds each included router, not copies of its
    # routes;
    # iter_route_contexts() walks that tree and gives each route its prefixed path.
    return {context.path for context in iter_route_contexts(application.routes)}


def test_create_app_mounts_both_routers_under_the_prefix():
    assert {"/api/products/", "/api/quotes/"} <= route_paths(create_app())
    assert {"/api/products/", "/api/quotes/"} <= route_paths(app)


def test_the_service_imports_neither_framework():
    probe = "import sys, project_layout.services.pricing; print(sorted({'django', 'fastapi', 'rest_framework', 'sqlalchemy'} & set(sys.modules)))"
    result = run_python("-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_sqlalchemy_model_maps_the_table_django_creates():
    assert Product.__tablename__ == DjangoProduct._meta.db_table
    django_columns = {field.column for field in DjangoProduct._meta.concrete_fields}
    assert django_columns == set(Product.__table__.columns.keys())
    assert isinstance(
        DjangoProduct._meta.get_field("unit_price"), django_models.DecimalField
    )
    assert str(DjangoProduct(sku="MUG")) == "MUG"
