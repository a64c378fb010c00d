from fastapi import FastAPI

from routing.fastapi_app import articles, pages

# region app
app = FastAPI(title="Routing example")  # redirect_slashes=True is the default

# Added in front of the router's own prefix: the paths become /api/articles/...
app.include_router(articles.router, prefix="/api")
app.include_router(pages.router)
# endregion app
