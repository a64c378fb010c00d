import pytest
from django.test import Client

# django_db: the request_finished signal closes database connections after each request.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("static_templates.django_app.urls"),
]

XSS = "<script>alert(1)</script>"


@pytest.fixture
def client() -> Client:
    return Client()


# region urls
def test_render_uses_the_template_and_static_and_url_tags(client):
    response = client.get("/products/teapot/")
    assert response.status_code == 200
    assert [t.name for t in response.templates] == [
        "static_templates/product_detail.html",
        "static_templates/base.html",
    ]
    html = response.content.decode()
    # default storage: no hash
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    # {% url %}: a path, not an absolute URL
    assert '<a href="/products/kettle/">' in html
    assert "<h1>Cast-iron teapot</h1>" in html


# endregion urls


def test_search_results_link_to_each_product(client):
    html = client.get("/search/", {"q": "kettle"}).content.decode()
    assert '<a href="/products/kettle/">Stovetop kettle</a>' in html
    assert "teapot" not in html.lower()


# region escape
def test_django_templates_escape_context_values(client):
    html = client.get("/search/", {"q": XSS}).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert XSS not in html
    assert "Nothing matches." in html


# endregion escape


def test_unknown_product_is_a_404(client):
    assert client.get("/products/nothing/").status_code == 404
