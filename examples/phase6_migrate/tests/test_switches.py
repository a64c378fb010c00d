"""The per-endpoint switch: read from the environment, checked at startup."""

import pytest
from pydantic import ValidationError

from phase6_migrate.fastapi_app.switches import ENDPOINTS, Switches


def test_the_contract_has_six_endpoints():
    assert set(ENDPOINTS) == {
        "list_messages",
        "create_message",
        "read_message",
        "replace_message",
        "patch_message",
        "delete_message",
    }


def test_switches_come_from_the_environment(monkeypatch):
    monkeypatch.setenv(
        "FRONT_ENDPOINTS", '{"read_message": "fastapi", "list_messages": "shadow"}'
    )
    switches = Switches()
    assert switches.mode("read_message") == "fastapi"
    assert switches.mode("list_messages") == "shadow"


def test_anything_unlisted_stays_with_django(monkeypatch):
    monkeypatch.delenv("FRONT_ENDPOINTS", raising=False)
    assert Switches().mode("read_message") == "django"
    # paths outside the contract, such as /admin/
    assert Switches().mode(None) == "django"


def test_a_misspelt_endpoint_stops_the_deployment():
    with pytest.raises(ValidationError, match="unknown endpoint 'read_mesage'"):
        Switches(endpoints={"read_mesage": "fastapi"})


def test_an_unknown_side_stops_the_deployment():
    with pytest.raises(ValidationError, match="'django', 'shadow' or 'fastapi'"):
        Switches(endpoints={"read_message": "flask"})


def test_writes_cannot_be_shadowed():
    with pytest.raises(ValidationError, match="create_message changes data"):
        Switches(endpoints={"create_message": "shadow"})
