"""A FastAPI process of its own: django.setup() with this topic's settings module."""

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

EXAMPLES_DIR = Path(__file__).resolve().parents[2]

SCRIPT = """
import json
from django.conf import settings
from django.core.management import call_command
from fastapi.testclient import TestClient

from django_orm_in_fastapi.main import app  # runs django.setup() first

call_command("migrate", verbosity=0)  # Django's migrations still build the tables
with TestClient(app) as client:
    item = client.post("/items", json={"name": "Mug", "stock": 2}).json()
    reserved = client.post(f"/items/{item['id']}/reservations", json={"quantity": 2})
    print(json.dumps({
        "settings": settings.SETTINGS_MODULE,
        "reserved": reserved.status_code,
        "items": client.get("/items").json(),
    }))
"""


def test_the_settings_module_lists_only_what_the_orm_needs():
    settings = importlib.import_module("django_orm_in_fastapi.settings")
    assert settings.INSTALLED_APPS == [
        "django.contrib.contenttypes",
        "django_orm_in_fastapi.django_app",
    ]
    assert settings.DATABASES["default"]["CONN_MAX_AGE"] == 0


def test_a_fastapi_process_sets_django_up_and_uses_the_orm(tmp_path):
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "DJANGO_SETTINGS_MODULE"
    }
    env |= {
        "INVENTORY_DATABASE": str(tmp_path / "inventory.sqlite3"),
        "PYTHONPATH": ".",
    }
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", SCRIPT],
        cwd=EXAMPLES_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == {
        "settings": "django_orm_in_fastapi.settings",
        "reserved": 201,
        "items": [{"name": "Mug", "stock": 0, "id": 1}],
    }


def test_a_model_imported_before_setup_fails(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env["PYTHONPATH"] = "."
    command = [sys.executable, "-c", "import django_orm_in_fastapi.inventory"]
    no_settings = subprocess.run(
        command, cwd=EXAMPLES_DIR, env=env, capture_output=True, text=True
    )
    assert (
        "ImproperlyConfigured: Requested setting INSTALLED_APPS" in no_settings.stderr
    )
    env["DJANGO_SETTINGS_MODULE"] = "django_orm_in_fastapi.settings"
    no_setup = subprocess.run(
        command, cwd=EXAMPLES_DIR, env=env, capture_output=True, text=True
    )
    assert "AppRegistryNotReady: Apps aren't loaded yet." in no_setup.stderr
