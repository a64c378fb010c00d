"""What the generated schema says: the tests read app.openapi() the way a client generator would."""

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api_docs.fastapi_app import books
from api_docs.fastapi_app.export_openapi import export_schema
from api_docs.fastapi_app.main import app, create_app
from api_docs.fastapi_app.schemas import Book
from exchanges import record


@pytest.fixture
def schema() -> dict:
    return app.openapi()


@pytest.fixture
def client() -> Iterator[TestClient]:
    books.BOOKS.clear()
    with TestClient(app) as client:
        yield client
    books.BOOKS.clear()


def test_metadata_and_tag_order(schema):
    assert schema["openapi"].startswith("3.1")
    assert (
        schema["info"]["title"] == "Library API"
        and schema["info"]["version"] == "1.4.0"
    )
    assert "catalogue of a small library" in schema["info"]["description"]
    assert [tag["name"] for tag in schema["tags"]] == ["books", "health"]
    assert schema["tags"][0]["description"] == "Search, read and add books."


def test_paths_operation_ids_and_tags(schema):
    operations = {
        (path, method): operation
        for path, item in schema["paths"].items()
        for method, operation in item.items()
    }
    assert {
        (path, method): op["operationId"] for (path, method), op in operations.items()
    } == {
        ("/books", "get"): "list_books",
        ("/books", "post"): "create_book",
        ("/books/{book_id}", "get"): "read_book",
        ("/books/isbn/{isbn}", "get"): "read_book_by_isbn",
        ("/health", "get"): "read_health",
    }
    assert operations[("/health", "get")]["tags"] == ["health"]
    assert all(
        op["tags"] == ["books"]
        for (path, _), op in operations.items()
        if path.startswith("/books")
    )


def test_default_operation_ids_include_path_and_method():
    default = FastAPI()
    default.include_router(books.router)
    assert (
        default.openapi()["paths"]["/books/{book_id}"]["get"]["operationId"]
        == "read_book_books__book_id__get"
    )


def test_summary_description_and_docstring(schema):
    listing = schema["paths"]["/books"]["get"]
    assert listing["summary"] == "List books" and "description" not in listing
    read = schema["paths"]["/books/{book_id}"]["get"]
    assert read["summary"] == "Read Book"  # made from the function name
    assert read["description"].startswith(
        "Fetch one book by its id.\n\nThe docstring is"
    )
    assert "maintainers" not in read["description"]  # cut at the form feed
    create = schema["paths"]["/books"]["post"]
    assert create["description"].startswith("Stores a book")
    assert create["responses"]["201"]["description"] == "The stored book."


def test_response_model_and_extra_responses(schema):
    ok = schema["paths"]["/books"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["schema"]
    assert ok["items"] == {"$ref": "#/components/schemas/BookSummary"}
    read = schema["paths"]["/books/{book_id}"]["get"]["responses"]
    assert set(read) == {"200", "404", "422"}
    assert read["404"]["description"] == "No book has this id."
    assert read["404"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Message"
    }


def test_component_schemas_carry_descriptions_and_examples(schema):
    components = schema["components"]["schemas"]
    assert {"Book", "BookIn", "BookSummary", "Message", "HTTPValidationError"} <= set(
        components
    )
    isbn = components["BookIn"]["properties"]["isbn"]
    assert isbn["description"] == "ISBN-13, digits only." and isbn["examples"] == [
        "9780692915721"
    ]
    assert isbn["pattern"] == r"^\d{13}$"
    assert components["BookIn"]["properties"]["year"]["maximum"] == 2100
    assert components["Book"]["examples"][0]["title"] == "Two Scoops of Django"
    assert components["Book"]["description"] == "A book in the catalogue."
    # the example is a valid Book
    Book.model_validate(components["Book"]["examples"][0])


def test_query_parameter_description_and_example(schema):
    (q,) = schema["paths"]["/books"]["get"]["parameters"]
    assert q["description"] == "Case-insensitive search in titles." and q["schema"][
        "examples"
    ] == ["django"]


def test_deprecated_and_hidden_operations(schema, client):
    assert schema["paths"]["/books/isbn/{isbn}"]["get"]["deprecated"] is True
    assert "/books/reindex" not in schema["paths"]
    # hidden, still served
    assert client.post("/books/reindex").json() == {"reindexed": 0}


def test_openapi_json_is_app_openapi(client, schema):
    assert client.get("/openapi.json").json() == schema


def test_the_api_behaves_as_documented(client):
    created = client.post(
        "/books",
        json={"title": "Two Scoops of Django", "isbn": "9780692915721", "year": 2020},
    )
    assert created.status_code == 201 and created.json()["id"] == 1
    assert client.get("/books", params={"q": "SCOOPS"}).json() == [
        {"id": 1, "title": "Two Scoops of Django"}
    ]
    assert client.get("/books/1").json()["isbn"] == "9780692915721"
    missing = client.get("/books/2")
    assert missing.status_code == 404 and missing.json() == {"detail": "Book not found"}
    record("api_docs/fastapi-book-not-found", missing)
    assert client.get("/books/isbn/9780692915721").json()["id"] == 1
    assert client.get("/books/isbn/9780000000000").status_code == 404
    assert client.get("/books/isbn/123").status_code == 422
    assert (
        client.post("/books", json={"title": "", "isbn": "1", "year": 3000}).status_code
        == 422
    )
    assert client.get("/health").json() == {"status": "ok"}


def test_export_writes_the_same_schema(tmp_path, schema):
    target = tmp_path / "openapi.json"
    export_schema(target)
    assert json.loads(target.read_text()) == json.loads(json.dumps(schema))
    assert create_app().openapi() == schema


def test_schema_is_cached_and_rebuilt_when_routes_change():
    demo = FastAPI()

    @demo.get("/first")
    async def first() -> str:
        return "first"

    schema = demo.openapi()
    assert demo.openapi() is schema and demo.openapi_schema is schema

    @demo.get("/second")
    async def second() -> str:
        return "second"

    rebuilt = demo.openapi()  # a route was added: the cached schema is replaced
    assert rebuilt is not schema and "/second" in rebuilt["paths"]
    assert demo.openapi() is rebuilt


def test_unlisted_tags_still_group_operations_without_a_description():
    demo = FastAPI(openapi_tags=[{"name": "books", "description": "Listed."}])
    demo.include_router(books.router)

    @demo.get("/status", tags=["ops"])
    async def status() -> str:
        return "ok"

    schema = demo.openapi()
    assert [tag["name"] for tag in schema["tags"]] == ["books"]
    assert schema["paths"]["/status"]["get"]["tags"] == ["ops"]


def test_mounted_applications_are_not_in_the_schema():
    demo = FastAPI()
    demo.mount("/legacy", FastAPI())
    assert demo.openapi()["paths"] == {}


def test_export_command_line(tmp_path, schema):
    target = tmp_path / "cli.json"
    examples_dir = Path(__file__).resolve().parents[2]
    subprocess.run(
        [sys.executable, "-m", "api_docs.fastapi_app.export_openapi", str(target)],
        cwd=examples_dir,
        env=os.environ,
        check=True,
    )
    assert json.loads(target.read_text())["paths"].keys() == schema["paths"].keys()
