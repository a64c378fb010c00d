"""Both frameworks in one process, either way round."""

from a2wsgi import WSGIMiddleware
from django.core.asgi import get_asgi_application
from django.core.wsgi import get_wsgi_application
from fastapi import FastAPI

from hybrid.fastapi_app.main import create_public_api
from hybrid.routing import ServiceDispatcher


# region fastapi_first
def fastapi_first(database_url: str) -> FastAPI:
    """FastAPI is the application; Django answers every path that no FastAPI route matches."""
    app = create_public_api(database_url)
    app.mount("/", WSGIMiddleware(get_wsgi_application()))  # added last, so tried last
    return app


# endregion fastapi_first


# region django_first
def django_first(database_url: str) -> ServiceDispatcher:
    """Django's ASGI application answers everything except the prefixes ROUTES gives FastAPI."""
    # sets Django up before FastAPI's code touches settings
    django_app = get_asgi_application()
    return ServiceDispatcher(
        {"django": django_app, "fastapi": create_public_api(database_url)}
    )


# endregion django_first
