"""The claims in the page's "What changed" table, checked against the installed libraries."""

import importlib
import sys

import pytest
from django.contrib.auth import get_user
from django.contrib.sessions.backends.db import SessionStore
from django.core.exceptions import SynchronousOnlyOperation
from django.http import HttpRequest
from starlette.exceptions import StarletteDeprecationWarning


@pytest.mark.parametrize(
    "module", ["starlette.middleware.wsgi", "fastapi.middleware.wsgi"]
)
def test_the_bundled_wsgi_middleware_is_deprecated(module, monkeypatch):
    monkeypatch.delitem(sys.modules, "starlette.middleware.wsgi", raising=False)
    monkeypatch.delitem(sys.modules, "fastapi.middleware.wsgi", raising=False)
    with pytest.warns(StarletteDeprecationWarning, match="a2wsgi") as warned:
        importlib.import_module(module)
    # Since Starlette 1.3.1: a UserWarning, shown by default, not a DeprecationWarning.
    assert not issubclass(warned[0].category, DeprecationWarning)


@pytest.mark.asyncio
@pytest.mark.django_db
async def test_calling_django_s_orm_on_the_event_loop_is_refused():
    request = HttpRequest()
    # well-formed, so loading it queries the table
    request.session = SessionStore("x" * 32)
    with pytest.raises(SynchronousOnlyOperation):
        get_user(request)
