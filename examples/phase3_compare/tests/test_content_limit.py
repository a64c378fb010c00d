"""The exercise: one new contract rule, satisfied by both implementations, checked by one test."""

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from rest_framework.test import APIClient

from capstone.tests.conftest import Api
from phase3_compare.fastapi_app.main import create_limited_app

MESSAGES = "/api/messages/"
VALID = {"role": "user", "content": "Hello!", "session_id": "s-1"}
TOO_LONG = {"content": ["Ensure this field has no more than 4000 characters."]}

pytestmark = pytest.mark.django_db


# region fixtures
@pytest.fixture
def drf_api(db, settings) -> Api:
    settings.ROOT_URLCONF = "phase3_compare.drf_app.urls"
    client = APIClient()
    return Api(
        "drf",
        lambda method, path, json: getattr(client, method)(path, json, format="json"),
    )


@pytest.fixture
def fastapi_api(tmp_path) -> Iterator[Api]:
    with TestClient(
        create_limited_app(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}")
    ) as client:
        yield Api(
            "fastapi",
            lambda method, path, json: client.request(method.upper(), path, json=json),
        )


@pytest.fixture(params=["drf", "fastapi"])
def api(request) -> Api:
    return request.getfixturevalue(f"{request.param}_api")


# endregion fixtures


def create(api: Api, **changes) -> dict:
    response = api.post(MESSAGES, {**VALID, **changes})
    assert response.status == 201, response.body
    return response.body


# region rule
def test_content_over_4000_characters_is_rejected_on_create(api):
    response = api.post(MESSAGES, {**VALID, "content": "x" * 4001})
    assert (response.status, response.body) == (400, TOO_LONG)


def test_exactly_4000_characters_is_accepted(api):
    assert len(create(api, content="x" * 4000)["content"]) == 4000


def test_the_limit_is_counted_after_trimming(api):
    assert create(api, content=f"  {'x' * 4000}  ")["content"] == "x" * 4000


@pytest.mark.parametrize("method", ["put", "patch"])
def test_updates_obey_the_limit_and_change_nothing(api, method):
    created = create(api)
    response = getattr(api, method)(
        f"{MESSAGES}{created['id']}/", {**VALID, "content": "x" * 4001}
    )
    assert (response.status, response.body) == (400, TOO_LONG)
    assert api.get(f"{MESSAGES}{created['id']}/").body == created


# endregion rule


def test_the_new_rule_is_reported_next_to_the_old_ones(api):
    response = api.post(MESSAGES, {**VALID, "role": "robot", "content": "x" * 4001})
    assert (response.status, response.body) == (
        400,
        {"role": ['"robot" is not a valid choice.'], **TOO_LONG},
    )


def test_the_old_rules_still_hold(api):
    response = api.post(MESSAGES, {**VALID, "content": "   "})
    assert (response.status, response.body) == (
        400,
        {"content": ["This field may not be blank."]},
    )


def test_reads_and_deletes_are_unchanged(api):
    created = create(api)
    assert api.get(f"{MESSAGES}?session_id=s-1").body == [created]
    assert api.delete(f"{MESSAGES}{created['id']}/").status == 204
    assert api.get(f"{MESSAGES}{created['id']}/").status == 404
