"""The capstone's contract suite, run through the front in every position of the migration."""

from collections.abc import Iterator
from typing import Any

import pytest

import exchanges
from capstone.tests import test_contract as contract
from capstone.tests.conftest import Api

# pytest collects these imported tests again, here, with the `api` fixture below.
from capstone.tests.test_contract import (  # noqa: F401
    test_create_returns_the_stored_message,
    test_delete_removes_the_message,
    test_invalid_input_is_rejected_with_drf_style_errors,
    test_invalid_patch_is_rejected_and_changes_nothing,
    test_list_of_an_unknown_session_is_empty,
    test_list_requires_a_session_id,
    test_list_returns_one_session_in_creation_order,
    test_missing_fields_are_each_reported,
    test_missing_message_is_404,
    test_patch_changes_only_what_is_sent,
    test_patch_with_null_is_rejected,
    test_put_replaces_every_field,
    test_retrieve_returns_what_create_returned,
    test_surrounding_whitespace_is_trimmed,
)
from phase6_migrate.fastapi_app.switches import ENDPOINTS

SIDES = {"django": "drf", "fastapi": "fastapi"}


def record_as_served(name: str, response: Any, **options: Any) -> dict[str, Any]:
    """The capstone's recordings, checked through the front: the answer a client gets in any
    position must be exactly the one the side that served it gives on its own."""
    topic, _, position_and_what = name.partition("/")
    what = position_and_what.partition("-")[2]  # "all_django-create" -> "create"
    side = SIDES[response.headers["x-served-by"]]
    return exchanges.record(f"{topic}/{side}-{what}", response, **options)


READS = ("list_messages", "read_message")

# region positions
POSITIONS = {
    "all_django": {},
    "reads_shadowed": {name: "shadow" for name in READS},
    "reads_fastapi": {name: "fastapi" for name in READS},
    "all_fastapi": {name: "fastapi" for name in ENDPOINTS},
}


@pytest.fixture(params=POSITIONS)
def api(request, serve, caplog, monkeypatch) -> Iterator[Api]:
    client = serve(POSITIONS[request.param])
    monkeypatch.setattr(contract, "record", record_as_served)
    yield Api(
        request.param,
        lambda method, path, json: client.request(method.upper(), path, json=json),
    )
    shadow_warnings = [
        record for record in caplog.records if record.name.endswith(".shadow")
    ]
    assert shadow_warnings == [], (
        "FastAPI answered a shadowed read differently from DRF"
    )


# endregion positions


@pytest.fixture
def retired(serve, settings) -> None:
    """After the migration: Django's URLconf no longer has the API."""
    settings.ROOT_URLCONF = "phase6_migrate.django_urls"


# region retired
def test_after_retiring_drf_the_contract_needs_no_django(serve, retired):
    client = serve(POSITIONS["all_fastapi"])
    created = client.post(
        "/api/messages/", json={"role": "user", "content": "Hi", "session_id": "s-1"}
    )
    assert created.status_code == 201
    assert client.get(f"/api/messages/{created.json()['id']}/").json() == created.json()
    # Django keeps what was never migrated
    assert client.get("/admin/login/").status_code == 200


def test_retiring_drf_first_leaves_nothing_to_roll_back_to(serve, retired):
    client = serve(POSITIONS["reads_fastapi"])  # create_message still points at Django
    response = client.post(
        "/api/messages/", json={"role": "user", "content": "Hi", "session_id": "s-1"}
    )
    assert (response.status_code, response.headers["x-served-by"]) == (404, "django")
    # endregion retired
    exchanges.record("phase6_migrate/retired-too-early", response)
