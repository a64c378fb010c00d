"""What Django Ninja does before ninja_app/api.py adapts it to the contract.

Each test pins one default the compare page describes, on a bare NinjaAPI, through
Ninja's own TestClient (it calls the view with a mock request: no URLconf, no
middleware).
"""

import re

import pydantic
import pytest
from django.http import Http404
from django.test import Client
from ninja import NinjaAPI, PatchDict, Schema
from ninja.testing import TestAsyncClient, TestClient

from capstone.django_app.models import ChatMessage
from capstone.ninja_app.api import ChatMessageIn, ChatMessageOut


class NoteIn(Schema):
    title: str
    body: str


# region bare_api
def bare_api() -> NinjaAPI:
    api = NinjaAPI(urls_namespace="bare")

    @api.post("/notes")
    def create_note(request, payload: NoteIn):
        return payload

    @api.patch("/notes/{note_id}")
    def patch_note(request, note_id: int, payload: PatchDict[NoteIn]):
        return payload  # the dict of the fields that were sent

    @api.get("/notes/{note_id}")
    def read_note(request, note_id: int):
        raise Http404("No Note matches the given query.")

    return api


# endregion bare_api


@pytest.fixture
def client() -> TestClient:
    return TestClient(bare_api())


def test_invalid_input_is_422_with_pydantic_errors(client):
    response = client.post("/notes", json={"title": "Hi"})
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            # loc starts with the source and the view's parameter name; no "input"
            {
                "type": "missing",
                "loc": ["body", "payload", "body"],
                "msg": "Field required",
            }
        ]
    }


def test_http404_message_is_hidden_unless_debug(client, settings):
    response = client.get("/notes/1")
    assert (response.status_code, response.json()) == (404, {"detail": "Not Found"})
    settings.DEBUG = True
    response = client.get("/notes/1")
    assert response.json() == {"detail": "Not Found: No Note matches the given query."}


def test_a_path_segment_of_the_wrong_type_is_422(client):
    # "{note_id}" matches any segment; `note_id: int` then fails validation. The
    # capstone writes "{int:message_id}", Django's converter: no match, a 404 as in DRF.
    response = client.get("/notes/abc")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["path", "note_id"]


def test_wrong_method_is_a_plain_text_405(client):
    response = client.delete("/notes/1")
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "PATCH"}
    assert (response["Content-Type"], response.content) == (
        "text/html; charset=utf-8",
        b"Method not allowed",
    )


def test_patch_dict_has_only_the_fields_sent(client):
    response = client.patch("/notes/1", json={"title": "New"})
    assert response.json() == {"title": "New"}


def test_patch_dict_lets_null_through(client):
    # PatchDict makes each field Optional: null reaches the view, then the database.
    response = client.patch("/notes/1", json={"title": None})
    assert (response.status_code, response.json()) == (200, {"title": None})


def test_a_schema_accepts_any_object_as_input(client):
    # ninja.Schema validates from attributes: a JSON list is an object without any,
    # so every field is missing; with PatchDict that is a valid, empty change.
    response = client.post("/notes", json=[1, 2])
    assert [error["type"] for error in response.json()["detail"]] == ["missing"] * 2
    response = client.patch("/notes/1", json=[1, 2])
    assert (response.status_code, response.json()) == (200, {})


def test_a_pydantic_model_body_rejects_a_list():
    api = NinjaAPI(urls_namespace="strict")

    @api.patch("/messages/{message_id}")
    def patch_message(request, message_id: int, payload: PatchDict[ChatMessageIn]):
        return payload

    response = TestClient(api).patch("/messages/1", json=[1, 2])
    assert response.status_code == 422
    assert response.json()["detail"][0]["type"] == "model_type"


@pytest.mark.django_db
def test_datetimes_are_rendered_to_the_millisecond(settings):
    # Ninja renders with Django's JSON encoder, which cuts microseconds to milliseconds;
    # DRF keeps all six digits.
    created_at = {}
    for name in ("ninja", "drf"):
        settings.ROOT_URLCONF = f"capstone.{name}_app.urls"
        message = {"role": "user", "content": "Hi", "session_id": "s-1"}
        response = Client().post("/api/messages/", message, "application/json")
        created_at[name] = response.json()["created_at"]
    assert re.fullmatch(r".*T\d\d:\d\d:\d\d\.\d{3}Z", created_at["ninja"]), created_at
    assert re.fullmatch(r".*T\d\d:\d\d:\d\d\.\d{6}Z", created_at["drf"]), created_at


@pytest.mark.asyncio
@pytest.mark.django_db
async def test_an_async_view_must_evaluate_its_queryset():
    # Ninja validates the return value on the event loop: a lazy QuerySet would run its
    # query there, which Django refuses, and the client gets a 500. api.py builds the
    # list with `async for` instead.
    api = NinjaAPI(urls_namespace="lazy")

    @api.get("/messages", response=list[ChatMessageOut])
    async def list_messages(request):
        return ChatMessage.objects.all()

    with pytest.raises(pydantic.ValidationError, match="SynchronousOnlyOperation"):
        await TestAsyncClient(api).get("/messages")
