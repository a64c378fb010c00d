"""The chat-message API's HTTP contract. Each implementation must pass every test unchanged."""

import re

import pytest

from exchanges import record

MESSAGES = "/api/messages/"
ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z$")
VALID = {"role": "user", "content": "Hello!", "session_id": "s-1"}

# Set up Django's test database before the fixtures run: the DRF side of `api` needs it,
# and a fixture that asks for `db` dynamically would otherwise reach the real database.
pytestmark = pytest.mark.django_db


def create(api, **changes):
    response = api.post(MESSAGES, {**VALID, **changes})
    assert response.status == 201, response.body
    return response.body


# The recorded answer shows the new id: start it at 1 whatever ran before.
@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_create_returns_the_stored_message(api):
    response = api.send("post", MESSAGES, VALID)  # the framework's response, to record
    body = response.json()
    assert response.status_code == 201, body
    assert set(body) == {"id", "role", "content", "session_id", "created_at"}
    assert isinstance(body["id"], int)
    assert {key: body[key] for key in VALID} == VALID
    assert ISO_UTC.match(body["created_at"]), body["created_at"]
    record(f"capstone/{api.name}-create", response)


# region list_contract
def test_list_returns_one_session_in_creation_order(api):
    first = create(api, content="first")
    create(api, content="elsewhere", session_id="s-2")
    second = create(api, content="second", role="assistant")
    response = api.get(f"{MESSAGES}?session_id=s-1")
    assert response.status == 200
    assert [message["id"] for message in response.body] == [first["id"], second["id"]]


def test_list_of_an_unknown_session_is_empty(api):
    assert api.get(f"{MESSAGES}?session_id=nobody").body == []


def test_list_requires_a_session_id(api):
    response = api.get(MESSAGES)
    assert (response.status, response.body) == (
        400,
        {"session_id": ["This field is required."]},
    )


# endregion list_contract


def test_retrieve_returns_what_create_returned(api):
    created = create(api)
    response = api.get(f"{MESSAGES}{created['id']}/")
    assert (response.status, response.body) == (200, created)


def test_missing_message_is_404(api):
    response = api.send("get", f"{MESSAGES}9999/", None)
    assert response.status_code == 404
    assert response.json() == {"detail": "No ChatMessage matches the given query."}
    record(f"capstone/{api.name}-not-found", response)


def test_put_replaces_every_field(api):
    created = create(api)
    replacement = {"role": "system", "content": "Be brief.", "session_id": "s-9"}
    response = api.put(f"{MESSAGES}{created['id']}/", replacement)
    assert response.status == 200
    assert {key: response.body[key] for key in replacement} == replacement
    assert response.body["created_at"] == created["created_at"]


def test_patch_changes_only_what_is_sent(api):
    created = create(api)
    response = api.patch(f"{MESSAGES}{created['id']}/", {"content": "Edited"})
    assert (response.status, response.body) == (200, {**created, "content": "Edited"})


def test_delete_removes_the_message(api):
    created = create(api)
    assert api.delete(f"{MESSAGES}{created['id']}/").status == 204
    assert api.get(f"{MESSAGES}{created['id']}/").status == 404


# region validation_contract
@pytest.mark.parametrize(
    ("changes", "errors"),
    [
        ({"role": "robot"}, {"role": ['"robot" is not a valid choice.']}),
        ({"content": ""}, {"content": ["This field may not be blank."]}),
        ({"content": "   "}, {"content": ["This field may not be blank."]}),
        (
            {"session_id": "x" * 65},
            {"session_id": ["Ensure this field has no more than 64 characters."]},
        ),
        (
            {"role": "robot", "content": ""},
            {
                "role": ['"robot" is not a valid choice.'],
                "content": ["This field may not be blank."],
            },
        ),
    ],
)
def test_invalid_input_is_rejected_with_drf_style_errors(api, changes, errors):
    response = api.post(MESSAGES, {**VALID, **changes})
    assert (response.status, response.body) == (400, errors)


def test_missing_fields_are_each_reported(api):
    response = api.post(MESSAGES, {})
    assert response.status == 400
    assert response.body == {
        field: ["This field is required."]
        for field in ("role", "content", "session_id")
    }


# endregion validation_contract


# The recorded request shows the id in the URL: start it at 1 whatever ran before.
@pytest.mark.django_db(transaction=True, reset_sequences=True)
def test_invalid_patch_is_rejected_and_changes_nothing(api):
    created = create(api)
    response = api.send("patch", f"{MESSAGES}{created['id']}/", {"role": "robot"})
    assert response.status_code == 400
    assert response.json() == {"role": ['"robot" is not a valid choice.']}
    assert api.get(f"{MESSAGES}{created['id']}/").body == created
    record(f"capstone/{api.name}-invalid-patch", response)


def test_patch_with_null_is_rejected(api):
    created = create(api)
    response = api.patch(f"{MESSAGES}{created['id']}/", {"content": None})
    assert (response.status, response.body) == (
        400,
        {"content": ["This field may not be null."]},
    )


def test_surrounding_whitespace_is_trimmed(api):
    assert create(api, content="  padded  ")["content"] == "padded"
