"""Same contract, same work: each endpoint sends the same kinds of SQL statement in both."""

import pytest

from capstone.tests.conftest import api, drf_api, fastapi_api, ninja_api  # noqa: F401  the capstone's fixtures
from phase3_compare.statements import django_statements, sqlalchemy_statements

pytestmark = pytest.mark.django_db
VALID = {"role": "user", "content": "Hello!", "session_id": "s-1"}


# region same_work
def sent_sql(api, method: str, path: str, json=None) -> list[str]:
    recorder = sqlalchemy_statements if api.name == "fastapi" else django_statements
    with recorder() as statements:
        response = api.call(method, path, json)
    assert response.status < 400, response.body
    return statements


def statement_kinds(api, method: str, path: str, json=None) -> list[str]:
    return [sql.split()[0].upper() for sql in sent_sql(api, method, path, json)]


def test_each_endpoint_sends_the_same_statements_in_both(api):
    message_id = api.post("/api/messages/", VALID).body["id"]
    detail = f"/api/messages/{message_id}/"
    assert statement_kinds(api, "post", "/api/messages/", VALID) == ["INSERT"]
    assert statement_kinds(api, "get", "/api/messages/?session_id=s-1") == ["SELECT"]
    assert statement_kinds(api, "get", detail) == ["SELECT"]
    assert statement_kinds(api, "put", detail, {**VALID, "role": "system"}) == [
        "SELECT",
        "UPDATE",
    ]
    assert statement_kinds(api, "patch", detail, {"content": "Edited"}) == [
        "SELECT",
        "UPDATE",
    ]
    assert statement_kinds(api, "delete", detail) == ["SELECT", "DELETE"]


# endregion same_work


# region unit_of_work
def test_django_writes_every_column_and_sqlalchemy_only_what_changed(
    drf_api, fastapi_api
):
    drf = f"/api/messages/{drf_api.post('/api/messages/', VALID).body['id']}/"
    fastapi = f"/api/messages/{fastapi_api.post('/api/messages/', VALID).body['id']}/"
    # Nothing changed: Django's save() still sends an UPDATE, the session sends none.
    assert statement_kinds(drf_api, "put", drf, VALID) == ["SELECT", "UPDATE"]
    assert statement_kinds(fastapi_api, "put", fastapi, VALID) == ["SELECT"]
    # One field changed: Django rewrites every column, the session only the one that
    # changed.
    assert "created_at" in sent_sql(drf_api, "patch", drf, {"content": "Edited"})[-1]
    assert (
        "created_at"
        not in sent_sql(fastapi_api, "patch", fastapi, {"content": "Edited"})[-1]
    )


# endregion unit_of_work
