"""Older static-file and template spellings from the source articles and common tutorials.

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
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.testclient import TestClient
from httpx import ASGITransport, AsyncClient

from static_templates.fastapi_app.main import ASSETS_DIR, templates


def test_staticfiles_storage_setting_is_silently_ignored(tmp_path):
    # Removed in Django 5.1; STATIC_ROOT is overridden too so the storage is built afresh.
    with override_settings(
        STATICFILES_STORAGE="django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
        STATIC_ROOT=tmp_path,
    ):
        assert not isinstance(storages["staticfiles"], ManifestStaticFilesStorage)
    with override_settings(
        STORAGES={"staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"}},
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
    assert "aiofiles" not in sys.modules  # files are read in a worker thread through anyio


@pytest.mark.asyncio
async def test_template_name_first_is_deprecated():
    legacy = FastAPI()
    legacy.mount("/static", StaticFiles(directory=ASSETS_DIR), name="static")

    @legacy.get("/search", response_class=HTMLResponse, name="search")
    async def search(request: Request) -> HTMLResponse:
        # The older call: name first, request smuggled in through the context.
        return templates.TemplateResponse("search.html", {"request": request, "query": "", "results": []})

    async with AsyncClient(transport=ASGITransport(app=legacy), base_url="http://test") as client:
        with pytest.warns(DeprecationWarning, match="The `name` is not the first parameter anymore"):
            response = await client.get("/search")
    assert response.status_code == 200
    assert "http://test/static/css/site.css" in response.text
