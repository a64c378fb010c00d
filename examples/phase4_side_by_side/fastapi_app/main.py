from a2wsgi import WSGIMiddleware
from django.core.wsgi import get_wsgi_application
from fastapi import FastAPI

from capstone.fastapi_app.main import create_app
from phase4_side_by_side.fastapi_app.accounts import router as accounts_router


# region api
def create_api(database_url: str) -> FastAPI:
    """The capstone API on the database Django migrated, plus endpoints that use Django's login."""
    # Django's migrations own the tables
    app = create_app(database_url, create_schema=False)
    app.include_router(accounts_router)  # /api/v2/me
    return app


# endregion api


# region mount
def create_combined_app(database_url: str) -> FastAPI:
    """One process: FastAPI's routes first, then Django for everything under /django/."""
    app = create_api(database_url)
    app.mount("/django", WSGIMiddleware(get_wsgi_application()))
    return app


# endregion mount
