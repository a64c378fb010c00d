import pytest
from django.core.management import call_command
from django.test import Client

from error_handling.django_app.models import Product

pytestmark = [pytest.mark.django_db, pytest.mark.urls("error_handling.django_app.urls")]


@pytest.fixture
def client() -> Client:
    return Client(raise_request_exception=False)


def test_migrations_match_the_models():
    call_command(
        "makemigrations", "error_handling", "--check", "--dry-run", verbosity=0
    )


def test_existing_product_is_returned(client):
    product = Product.objects.create(name="Lamp", stock=2)
    assert str(product) == "Lamp"
    assert client.get(f"/django/products/{product.pk}").json() == {
        "id": product.pk,
        "name": "Lamp",
        "stock": 2,
    }


def test_get_object_or_404_goes_through_handler404(client):
    response = client.get("/django/products/99")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert response.json() == {
        "type": "about:blank",
        "title": "Not Found",
        "status": 404,
        "detail": "Not Found",
        "instance": "/django/products/99",
    }
    assert "Product" not in response.text  # the Http404 message is not sent


def test_unknown_url_gets_the_same_problem(client):
    response = client.get("/nowhere")
    assert response.status_code == 404 and response.json()["instance"] == "/nowhere"


def test_default_handler404_is_an_html_page(settings):
    settings.ROOT_URLCONF = "django_site.urls"  # a URLconf without handler404
    response = Client().get("/nowhere")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_unhandled_exception_goes_through_handler500(client, monkeypatch):
    from error_handling.django_app import views

    def broken(*args, **kwargs):
        raise RuntimeError("password=hunter2 in a connection string")

    monkeypatch.setattr(views, "get_object_or_404", broken)
    response = client.get("/django/products/1")
    assert response.status_code == 500
    assert response.json()["detail"] == "The server could not complete this request."
    assert "hunter2" not in response.text


def test_debug_true_shows_the_exception_and_skips_handler500(
    client, monkeypatch, settings
):
    from error_handling.django_app import views

    def broken(*args, **kwargs):
        raise RuntimeError("password=hunter2 in a connection string")

    settings.DEBUG = True
    monkeypatch.setattr(views, "get_object_or_404", broken)
    response = client.get("/django/products/1")
    assert response.status_code == 500
    # the technical 500 page, with the traceback
    assert "hunter2" in response.content.decode()


def test_default_server_error_page_is_minimal_html(rf):
    from django.views.defaults import server_error

    response = server_error(rf.get("/"))  # what you get without a 500.html template
    assert response.status_code == 500 and response["Content-Type"].startswith(
        "text/html"
    )
    assert "<h1>Server Error (500)</h1>" in response.content.decode()


def test_handler404_is_not_used_with_debug_true(client, settings):
    settings.DEBUG = True
    response = client.get("/nowhere")
    assert response.status_code == 404
    # Django's technical 404 page
    assert response["Content-Type"].startswith("text/html")
