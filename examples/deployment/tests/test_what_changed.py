"""The older spellings in deployment guides, checked against the installed versions.

If uvicorn or FastAPI changes its mind, a test here fails and the page's table needs updating.
"""

import importlib
import sys
import types

import pytest
import uvicorn
from fastapi import FastAPI


def test_uvicorn_workers_module_is_deprecated(monkeypatch):
    # gunicorn is not installed here: stand-in modules let the import reach uvicorn's own warning.
    arbiter, base = types.ModuleType("gunicorn.arbiter"), types.ModuleType("gunicorn.workers.base")
    arbiter.Arbiter, base.Worker = object, object
    for name, module in {
        "gunicorn": types.ModuleType("gunicorn"),
        "gunicorn.arbiter": arbiter,
        "gunicorn.workers": types.ModuleType("gunicorn.workers"),
        "gunicorn.workers.base": base,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.delitem(sys.modules, "uvicorn.workers", raising=False)
    with pytest.warns(DeprecationWarning, match="Please use `uvicorn-worker` package instead"):
        importlib.import_module("uvicorn.workers")
    monkeypatch.delitem(sys.modules, "uvicorn.workers")
    monkeypatch.delattr(uvicorn, "workers")


def test_proxy_headers_are_on_by_default_but_trusted_only_from_loopback(monkeypatch):
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config("deployment.fastapi_app.main:app")
    assert config.proxy_headers is True
    assert config.forwarded_allow_ips == "127.0.0.1"


def test_on_event_is_deprecated_in_favour_of_lifespan():
    app = FastAPI()
    with pytest.warns(DeprecationWarning, match="on_event is deprecated, use lifespan event handlers"):
        app.on_event("startup")
