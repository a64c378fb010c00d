from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

PRODUCTS = {
    "teapot": {"slug": "teapot", "name": "Cast-iron teapot", "price": "39.00"},
    "kettle": {"slug": "kettle", "name": "Stovetop kettle", "price": "54.50"},
}


# region views
def product_detail(request: HttpRequest, slug: str) -> HttpResponse:
    product = PRODUCTS.get(slug)
    if product is None:
        raise Http404("No such product")
    # render() = load the template, render it with the context, wrap it in an
    # HttpResponse.
    return render(request, "static_templates/product_detail.html", {"product": product})


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "")
    results = [p for p in PRODUCTS.values() if query.lower() in p["name"].lower()]
    return render(
        request, "static_templates/search.html", {"query": query, "results": results}
    )


# endregion views
