"""Older static-file and template spellings from common tutorials.

Each test fails if the claim in the page's "What changed" table stops being true.
"""

import sys

import pytest
import starlette.staticfiles
from django.conf import settings
from django.conf.urls.static import static
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core.files.storage import storages
from django.test import override_settings
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi.testclient import TestClient

from static_templates.fastapi_app.main import ASSETS_DIR, app, templates


def test_staticfiles_storage_setting_is_silently_ignored(tmp_path):
    # Removed in Django 5.1; STATIC_ROOT is overridden too so the storage is built
    # afresh.
    with override_settings(
        STATICFILES_STORAGE="django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
        STATIC_ROOT=tmp_path,
    ):
        assert not isinstance(storages["staticfiles"], ManifestStaticFilesStorage)
    with override_settings(
        STORAGES={
            "staticfiles": {
                "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
            }
        },
        STATIC_ROOT=tmp_path,
    ):
        assert isinstance(storages["staticfiles"], ManifestStaticFilesStorage)


def test_static_url_helper_adds_nothing_when_debug_is_off(tmp_path):
    assert settings.DEBUG is False
    assert static(settings.STATIC_URL, document_root=tmp_path) == []
    with override_settings(DEBUG=True):
        assert len(static(settings.STATIC_URL, document_root=tmp_path)) == 1


def test_fastapi_ships_starlettes_static_files_without_aiofiles():
    assert StaticFiles is starlette.staticfiles.StaticFiles
    app = FastAPI()
    app.mount("/static", StaticFiles(directory=ASSETS_DIR), name="static")
    with TestClient(app) as client:
        assert client.get("/static/css/site.css").status_code == 200
    # files are read in a worker thread through anyio
    assert "aiofiles" not in sys.modules


def test_template_name_first_was_removed_in_starlette_1():
    scope = {"type": "http", "method": "GET", "path": "/search", "headers": []}
    request = Request(scope)
    # The older call: name first, request smuggled in through the context. Starlette 1.0
    # takes "search.html" as the request and the context dict as the template name.
    with pytest.raises(TypeError, match="unhashable type: 'dict'"):
        templates.TemplateResponse("search.html", {"request": request, "query": ""})
    with TestClient(app) as client:  # main.py's views pass the request first
        assert client.get("/search").status_code == 200


def test_autoescaping_depends_on_the_template_file_extension(tmp_path):
    for name in ("note.html", "note.txt"):
        (tmp_path / name).write_text("{{ value }}")
    files = Jinja2Templates(directory=tmp_path)  # Starlette 1.x: select_autoescape()
    value = {"value": "<script>"}
    assert files.get_template("note.html").render(value) == "&lt;script&gt;"
    assert files.get_template("note.txt").render(value) == "<script>"  # not escaped
