# region setup
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse

# Starlette's, re-exported: nothing extra to install
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

HERE = Path(__file__).resolve().parent
ASSETS_DIR = HERE.parent / "assets"  # the same folder Django lists in STATICFILES_DIRS

app = FastAPI(title="Static files and templates example")

# A mounted sub-application: every path under /static/ is a file from ASSETS_DIR.
app.mount("/static", StaticFiles(directory=ASSETS_DIR), name="static")

# Autoescaping is on for .html, .htm and .xml files only; the loader reads this folder.
templates = Jinja2Templates(directory=HERE / "templates")
# endregion setup

PRODUCTS = {
    "teapot": {"slug": "teapot", "name": "Cast-iron teapot", "price": "39.00"},
    "kettle": {"slug": "kettle", "name": "Stovetop kettle", "price": "54.50"},
}


# region views
@app.get("/products/{slug}", response_class=HTMLResponse, name="product_detail")
async def product_detail(request: Request, slug: str) -> HTMLResponse:
    product = PRODUCTS.get(slug)
    if product is None:
        raise HTTPException(status_code=404, detail="No such product")
    # The request comes first: url_for() in the template needs it.
    return templates.TemplateResponse(
        request, "product_detail.html", {"product": product}
    )


@app.get("/search", response_class=HTMLResponse, name="search")
async def search(request: Request, q: str = "") -> HTMLResponse:
    results = [p for p in PRODUCTS.values() if q.lower() in p["name"].lower()]
    return templates.TemplateResponse(
        request, "search.html", {"query": q, "results": results}
    )


# endregion views
