"""The /docs and /redoc pages: HTML that loads a JavaScript UI, which then fetches /openapi.json."""

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api_docs.fastapi_app import offline
from api_docs.fastapi_app.main import app, create_app
from exchanges import record


def test_swagger_ui_page_points_at_the_schema_and_a_cdn():
    response = TestClient(app).get("/docs")
    assert response.status_code == 200 and response.headers["content-type"].startswith(
        "text/html"
    )
    assert "url: '/openapi.json'" in response.text
    assert (
        "https://cdn.jsdelivr.net/npm/swagger-ui-dist@5/swagger-ui-bundle.js"
        in response.text
    )
    assert "<title>Library API - Swagger UI</title>" in response.text


def test_redoc_page_points_at_the_schema_and_a_cdn():
    response = TestClient(app).get("/redoc")
    assert response.status_code == 200
    assert '<redoc spec-url="/openapi.json"></redoc>' in response.text
    assert "https://cdn.jsdelivr.net/npm/redoc" in response.text
    assert "fonts.googleapis.com" in response.text


def test_docs_turned_off_remove_all_three_routes():
    client = TestClient(create_app(show_docs=False))
    for url in ("/docs", "/redoc", "/openapi.json", "/docs/oauth2-redirect"):
        assert client.get(url).status_code == 404
    schema = client.get("/openapi.json")
    assert schema.status_code == 404 and schema.json() == {"detail": "Not Found"}
    record("api_docs/fastapi-schema-turned-off", schema)
    assert client.get("/health").status_code == 200  # the API itself is unchanged


def test_without_a_schema_url_there_are_no_pages():
    client = TestClient(FastAPI(openapi_url=None))
    assert (
        client.get("/docs").status_code == 404
        and client.get("/redoc").status_code == 404
    )


def test_self_hosted_pages_reference_no_external_url():
    client = TestClient(offline.app)
    swagger = client.get("/docs").text
    redoc = client.get("/redoc").text
    assert (
        '<script src="/static/swagger-ui-bundle.js">' in swagger
        and "url: '/openapi.json'" in swagger
    )
    assert '<script src="/static/redoc.standalone.js">' in redoc
    assert "https://" not in swagger and "https://" not in redoc
    # StaticFiles serves the folder
    assert client.get("/static/README.md").status_code == 200
    assert "/docs" not in offline.app.openapi()["paths"]
