"""What the contract suite does not cover yet: each test pins how the two still differ."""

import pytest
from fastapi.testclient import TestClient
from rest_framework.test import APIClient

from capstone.fastapi_app.main import create_app
from capstone.tests.conftest import drf_api, fastapi_api  # noqa: F401  the capstone's fixtures

pytestmark = pytest.mark.django_db
VALID = {"role": "user", "content": "Hello!", "session_id": "s-1"}


def test_a_number_as_text_is_refused_by_both(drf_api, fastapi_api):
    # A closed difference: DRF's CharField stores 123 as "123"; the capstone's
    # serializer refuses numbers, as Pydantic does.
    drf = drf_api.post("/api/messages/", {**VALID, "content": 123})
    fastapi = fastapi_api.post("/api/messages/", {**VALID, "content": 123})
    assert (drf.status, drf.body) == (400, {"content": ["Not a valid string."]})
    assert (fastapi.status, fastapi.body) == (400, {"content": ["Not a valid string."]})


# region differences
def test_null_gets_different_messages(drf_api, fastapi_api):
    drf = drf_api.post("/api/messages/", {**VALID, "role": None})
    fastapi = fastapi_api.post("/api/messages/", {**VALID, "role": None})
    assert (drf.status, drf.body) == (400, {"role": ["This field may not be null."]})
    assert (fastapi.status, fastapi.body) == (
        400,
        {"role": ['"None" is not a valid choice.']},
    )


def test_an_id_that_is_not_a_number_is_404_in_drf_and_400_in_fastapi(
    drf_api, fastapi_api
):
    drf = drf_api.get("/api/messages/abc/")
    fastapi = fastapi_api.get("/api/messages/abc/")
    assert (drf.status, drf.body) == (404, {"detail": "Not found."})
    assert fastapi.status == 400 and list(fastapi.body) == ["message_id"]


# endregion differences


def test_an_unrouted_url_is_a_json_404_in_other_words(drf_api, fastapi_api):
    drf = drf_api.get("/api/nothing/")  # the capstone's handler404, not HTML
    fastapi = fastapi_api.get("/api/nothing/")
    assert (drf.status, drf.body) == (404, {"detail": "Not found."})
    assert (fastapi.status, fastapi.body) == (404, {"detail": "Not Found"})


# region redirects
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_missing_trailing_slash_redirects_with_different_codes(
    settings, tmp_path, method
):
    settings.ROOT_URLCONF = "capstone.drf_app.urls"
    django_response = getattr(APIClient(), method)("/api/messages?session_id=s-1")
    with TestClient(
        create_app(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}"),
        follow_redirects=False,
    ) as client:
        fastapi_response = client.request(
            method.upper(), "/api/messages?session_id=s-1"
        )
    # Django's CommonMiddleware answers 301, which clients follow with a GET; FastAPI's
    # 307 keeps the method.
    assert django_response.status_code == 301
    assert fastapi_response.status_code == 307
    assert django_response["Location"] == "/api/messages/?session_id=s-1"
    assert (
        fastapi_response.headers["location"]
        == "http://testserver/api/messages/?session_id=s-1"
    )


# endregion redirects


# region openapi_422
def test_the_generated_schema_documents_the_400_it_sends(tmp_path):
    with TestClient(
        create_app(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}")
    ) as client:
        schema = client.get("/openapi.json").json()
        response = client.post("/api/messages/", json={})
    assert response.status_code == 400  # what the handler sends
    documented = schema["paths"]["/api/messages/"]["post"]["responses"]
    assert set(documented) == {"201", "400", "4XX"}  # the router's responses=, no 422


# endregion openapi_422
