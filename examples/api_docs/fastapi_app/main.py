import os

from fastapi import APIRouter, FastAPI
from fastapi.routing import APIRoute

from api_docs.fastapi_app import books

# region metadata
DESCRIPTION = """
The catalogue of a small library.

Everything on this page is generated from the code: paths and parameters from the
function signatures, bodies and responses from the Pydantic models.
"""

TAGS = [
    {"name": "books", "description": "Search, read and add books."},
    {"name": "health", "description": "Probes for the load balancer."},
]


def operation_id(route: APIRoute) -> str:
    # read_book, not read_book_books__book_id__get: shorter names in generated clients.
    return route.name


# endregion metadata


health = APIRouter(tags=["health"])


@health.get("/health", summary="Liveness probe")
async def read_health() -> dict[str, str]:
    return {"status": "ok"}


# region factory
def create_app(show_docs: bool = True) -> FastAPI:
    app = FastAPI(
        title="Library API",
        version="1.4.0",
        description=DESCRIPTION,
        # the order of the sections in /docs, with their descriptions
        openapi_tags=TAGS,
        generate_unique_id_function=operation_id,
        # None removes the route: no schema means no pages either.
        openapi_url="/openapi.json" if show_docs else None,
        docs_url="/docs" if show_docs else None,
        redoc_url="/redoc" if show_docs else None,
    )
    app.include_router(books.router)
    app.include_router(health)
    return app


app = create_app(show_docs=os.environ.get("LIBRARY_ENV") != "production")
# endregion factory
