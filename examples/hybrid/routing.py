"""One routing rule in two places: proxy/nginx.conf in production, ServiceDispatcher in tests."""

from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

# region routes
# Path prefix -> service. tests/test_proxy.py checks that proxy/nginx.conf says exactly
# this.
ROUTES = {"/api/": "fastapi", "/": "django"}


def service_for(path: str) -> str:
    """nginx's rule for prefix locations: the longest prefix that matches wins."""
    return ROUTES[
        max((prefix for prefix in ROUTES if path.startswith(prefix)), key=len)
    ]


def slash_redirect(path: str) -> str | None:
    """nginx answers `/api` with a 301 to `/api/`: that proxied location ends in a slash."""
    return path + "/" if path + "/" in ROUTES else None


# endregion routes


# region dispatcher
class ServiceDispatcher:
    """Django's ASGI application in front, FastAPI mounted on the prefixes ROUTES gives it."""

    def __init__(self, services: dict[str, ASGIApp]) -> None:
        self.services = services

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Django refuses lifespan events; FastAPI opens its engine there
        if scope["type"] == "lifespan":
            await self.services["fastapi"](scope, receive, send)
            return
        redirect = slash_redirect(scope["path"])
        if redirect is not None:
            query = scope["query_string"].decode()
            response = RedirectResponse(
                redirect + (f"?{query}" if query else ""), status_code=301
            )
            await response(scope, receive, send)
            return
        await self.services[service_for(scope["path"])](scope, receive, send)


# endregion dispatcher
