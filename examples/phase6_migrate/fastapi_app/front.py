"""The strangler front: `uvicorn --factory phase6_migrate.fastapi_app.front:create_front`."""

from a2wsgi import WSGIMiddleware
from django.core.wsgi import get_wsgi_application
from django.db import connections
from fastapi import FastAPI

from capstone.fastapi_app.main import create_app
from phase4_side_by_side.fastapi_app.database import sqlalchemy_url
from phase6_migrate.fastapi_app.metrics import RouteMetrics, RouteStats
from phase6_migrate.fastapi_app.strangler import Strangler
from phase6_migrate.fastapi_app.switches import Switches


# region front
def create_front(switches: Switches | None = None) -> FastAPI:
    """The one app clients call, at the URLs they already use."""
    # sets Django up; its URLconf keeps every endpoint
    django = WSGIMiddleware(get_wsgi_application())
    app = create_app(
        sqlalchemy_url(connections["default"].settings_dict), create_schema=False
    )
    switches = switches or Switches()  # FRONT_ENDPOINTS from the environment
    stats: dict[tuple[str, str], RouteStats] = {}
    # your monitoring would scrape these; the tests read them
    app.state.route_stats = stats
    app.add_middleware(Strangler, django=django, switches=switches)
    # Added last, so it runs first: it times whichever side answers.
    app.add_middleware(RouteMetrics, stats=stats, switches=switches)
    return app


# endregion front
