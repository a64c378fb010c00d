"""The older spellings in deployment guides, checked against the installed versions.

If uvicorn or FastAPI changes its mind, a test here fails and the page's table needs updating.
"""

import importlib
import sys

import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.exceptions import FastAPIDeprecationWarning


def test_uvicorn_workers_module_is_deprecated(monkeypatch):
    monkeypatch.delitem(sys.modules, "uvicorn.workers", raising=False)
    with pytest.warns(
        DeprecationWarning, match="Please use `uvicorn-worker` package instead"
    ):
        importlib.import_module("uvicorn.workers")  # imports the installed gunicorn
    monkeypatch.delitem(sys.modules, "uvicorn.workers")
    monkeypatch.delattr(uvicorn, "workers")


def test_proxy_headers_are_on_by_default_but_trusted_only_from_loopback(monkeypatch):
    monkeypatch.delenv("FORWARDED_ALLOW_IPS", raising=False)
    config = uvicorn.Config("deployment.fastapi_app.main:app")
    assert config.proxy_headers is True
    # IPv4 and IPv6 loopback; older uvicorn releases trusted 127.0.0.1 only
    assert config.forwarded_allow_ips == "127.0.0.1,::1"


def test_fastapi_root_path_argument_is_deprecated_for_the_server_option():
    # A UserWarning subclass, so shown by default; the server's --root-path replaces it.
    message = "`root_path` parameter is deprecated"
    with pytest.warns(FastAPIDeprecationWarning, match=message):
        FastAPI(root_path="/shop")


def test_on_event_is_deprecated_in_favour_of_lifespan():
    app = FastAPI()
    with pytest.warns(
        DeprecationWarning, match="on_event is deprecated, use lifespan event handlers"
    ):
        app.on_event("startup")
