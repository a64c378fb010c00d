"""Claims of the page's "What changed" table that are not shown elsewhere, checked here."""

import pytest
from django.core.asgi import get_asgi_application
from fastapi import FastAPI


@pytest.mark.asyncio
async def test_django_itself_refuses_websocket_connections():
    # Django's ASGI handler speaks HTTP only; WebSockets need Channels in front of it.
    scope = {
        "type": "websocket",
        "path": "/ws/lobby",
        "headers": [],
        "query_string": b"",
    }
    with pytest.raises(
        ValueError, match="Django can only handle ASGI/HTTP connections, not websocket"
    ):
        await get_asgi_application()(scope, None, None)


def test_startup_hooks_moved_to_lifespan():
    with pytest.warns(
        DeprecationWarning, match="on_event is deprecated, use lifespan event handlers"
    ):
        FastAPI().on_event("startup")
