import pytest
from rest_framework.renderers import JSONRenderer
from rest_framework.settings import api_settings
from rest_framework.test import APIClient, APIRequestFactory

from api_docs.django_app.models import Book
from api_docs.drf_app import production
from api_docs.drf_app.views import BookViewSet
from exchanges import record

pytestmark = [pytest.mark.django_db, pytest.mark.urls("api_docs.drf_app.urls")]

BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture
def client() -> APIClient:
    Book.objects.create(title="Two Scoops of Django", isbn="9780692915721", year=2020)
    return APIClient()


def test_a_browser_gets_the_browsable_api(client):
    response = client.get("/api/books/", HTTP_ACCEPT=BROWSER_ACCEPT)
    assert response.status_code == 200 and response["Content-Type"].startswith(
        "text/html"
    )
    html = response.content.decode()
    # the docstring
    assert "Create, search and read the books in the catalogue." in html
    assert "Two Scoops of Django" in html  # the JSON, pretty-printed inside the page
    assert 'name="isbn"' in html  # a form generated from the serializer


def test_any_other_client_gets_json(client):
    response = client.get("/api/books/")
    assert response["Content-Type"] == "application/json"
    assert response.json() == [
        {
            "id": 1,
            "title": "Two Scoops of Django",
            "isbn": "9780692915721",
            "year": 2020,
        }
    ]
    assert (
        client.get("/api/books/", {"format": "json"}, HTTP_ACCEPT=BROWSER_ACCEPT)[
            "Content-Type"
        ]
        == "application/json"
    )


def test_detail_page_shows_the_viewset_docstring(client):
    html = client.get("/api/books/1/", HTTP_ACCEPT=BROWSER_ACCEPT).content.decode()
    assert "Create, search and read the books in the catalogue." in html


def test_extra_action_docstring_describes_its_page(client):
    html = client.get("/api/books/recent/", HTTP_ACCEPT=BROWSER_ACCEPT).content.decode()
    assert "Books first published in 2015 or later, newest first." in html


def test_api_root_lists_the_registered_viewsets(client):
    assert client.get("/api/").json() == {"books": "http://testserver/api/books/"}


def test_options_describes_the_endpoint_in_json(client):
    response = client.options("/api/books/")
    metadata = response.json()
    assert metadata["name"] == "Book List"
    assert metadata["description"].startswith("Create, search and read the books")
    isbn = metadata["actions"]["POST"]["isbn"]
    assert isbn == {
        "type": "string",
        "required": True,
        "read_only": False,
        "label": "Isbn",
        "help_text": "ISBN-13, digits only.",
        "max_length": 13,
    }
    assert metadata["actions"]["POST"]["year"]["max_value"] == 2100
    record("api_docs/drf-options", response)
    assert str(Book.objects.get()) == "Two Scoops of Django"


def test_production_renderers_answer_a_browser_with_json(settings, client):
    settings.REST_FRAMEWORK = production.REST_FRAMEWORK
    assert api_settings.DEFAULT_RENDERER_CLASSES == [JSONRenderer]
    # View classes read the setting when they are created, as a real project's views are
    # after settings load.
    view = BookViewSet.as_view(
        {"get": "list"}, renderer_classes=api_settings.DEFAULT_RENDERER_CLASSES
    )
    response = view(APIRequestFactory().get("/api/books/", HTTP_ACCEPT=BROWSER_ACCEPT))
    response.render()
    assert response["Content-Type"] == "application/json"
