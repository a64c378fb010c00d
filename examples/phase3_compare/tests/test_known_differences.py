"""What the contract suite does not cover yet: each test pins how the two still differ."""

import pytest
from fastapi.testclient import TestClient
from rest_framework.test import APIClient

from capstone.fastapi_app.main import create_app
from capstone.tests.conftest import drf_api, fastapi_api  # noqa: F401  the capstone's fixtures

pytestmark = pytest.mark.django_db
VALID = {"role": "user", "content": "Hello!", "session_id": "s-1"}


# region differences
def test_only_drf_accepts_a_number_as_text(drf_api, fastapi_api):
    drf = drf_api.post("/api/messages/", {**VALID, "content": 123})
    fastapi = fastapi_api.post("/api/messages/", {**VALID, "content": 123})
    assert (drf.status, drf.body["content"]) == (201, "123")  # DRF's CharField converts numbers
    assert (fastapi.status, fastapi.body) == (400, {"content": ["Not a valid string."]})  # Pydantic does not


def test_null_gets_different_messages(drf_api, fastapi_api):
    drf = drf_api.post("/api/messages/", {**VALID, "role": None})
    fastapi = fastapi_api.post("/api/messages/", {**VALID, "role": None})
    assert (drf.status, drf.body) == (400, {"role": ["This field may not be null."]})
    assert (fastapi.status, fastapi.body) == (400, {"role": ['"None" is not a valid choice.']})


def test_an_id_that_is_not_a_number_is_404_in_drf_and_400_in_fastapi(drf_api, fastapi_api):
    drf = drf_api.get("/api/messages/abc/")
    fastapi = fastapi_api.get("/api/messages/abc/")
    assert (drf.status, drf.body) == (404, {"detail": "Not found."})
    assert fastapi.status == 400 and list(fastapi.body) == ["message_id"]
# endregion differences


# region redirects
@pytest.mark.parametrize("method", ["get", "post"])
def test_a_missing_trailing_slash_redirects_with_different_codes(settings, tmp_path, method):
    settings.ROOT_URLCONF = "capstone.drf_app.urls"
    django_response = getattr(APIClient(), method)("/api/messages?session_id=s-1")
    with TestClient(create_app(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}"), follow_redirects=False) as client:
        fastapi_response = client.request(method.upper(), "/api/messages?session_id=s-1")
    # Django's CommonMiddleware answers 301, which clients follow with a GET; FastAPI's 307 keeps the method.
    assert django_response.status_code == 301
    assert fastapi_response.status_code == 307
    assert django_response["Location"] == "/api/messages/?session_id=s-1"
    assert fastapi_response.headers["location"] == "http://testserver/api/messages/?session_id=s-1"
# endregion redirects


# region openapi_422
def test_the_generated_schema_still_promises_422(tmp_path):
    with TestClient(create_app(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}")) as client:
        schema = client.get("/openapi.json").json()
        response = client.post("/api/messages/", json={})
    assert response.status_code == 400  # what the handler sends
    assert set(schema["paths"]["/api/messages/"]["post"]["responses"]) == {"201", "422"}  # what /docs says
# endregion openapi_422
