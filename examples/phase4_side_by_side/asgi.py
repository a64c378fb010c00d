"""One entry point for both: `uvicorn --factory phase4_side_by_side.asgi:create_entry_point`."""

from django.core.asgi import get_asgi_application
from django.db import connections
from starlette.types import ASGIApp, Receive, Scope, Send

from phase4_side_by_side.fastapi_app.database import sqlalchemy_url
from phase4_side_by_side.fastapi_app.main import create_api


# region dispatcher
class PathDispatcher:
    """Requests under `prefix` go to FastAPI; everything else goes to Django."""

    def __init__(self, prefix: str, fastapi_app: ASGIApp, django_app: ASGIApp) -> None:
        self.prefix = prefix
        self.fastapi_app = fastapi_app
        self.django_app = django_app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Django's ASGI handler rejects lifespan events; FastAPI needs them to open its
        # engine.
        if scope["type"] == "lifespan" or scope["path"].startswith(self.prefix):
            await self.fastapi_app(scope, receive, send)
        else:
            await self.django_app(scope, receive, send)


# endregion dispatcher


# region entry_point
def create_entry_point() -> PathDispatcher:
    # sets Django up before anything reads its settings
    django_app = get_asgi_application()
    # the database Django uses
    database_url = sqlalchemy_url(connections["default"].settings_dict)
    return PathDispatcher("/api/v2/", create_api(database_url), django_app)


# endregion entry_point
