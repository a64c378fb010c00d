import pytest
from sqlalchemy import select

from exchanges import record
from validation.fastapi_app.main import hash_password
from validation.fastapi_app.models import Account, Order
from validation.fastapi_app.schemas import USERNAME_PATTERN, AccountUpdate

SIGNUP = {
    "username": "ada",
    "email": "ada@example.com",
    "password": "correct horse",
    "password_confirm": "correct horse",
    "display_name": "Ada",
}
ORDER = {
    "ship_to": "1 Long Street, Town",
    "lines": [{"sku": "ABC-1234", "quantity": 2}],
}


@pytest.mark.asyncio
async def test_response_model_keeps_the_password_out(api, session_factory):
    response = await api.post("/accounts", json=SIGNUP)
    assert response.status_code == 201
    assert response.json() == {
        "id": 1,
        "username": "ada",
        "email": "ada@example.com",
        "display_name": "Ada",
        "bio": "",
    }
    async with session_factory() as session:
        stored = await session.scalar(select(Account.password))
    assert stored.startswith("scrypt$") and "correct horse" not in stored


@pytest.mark.asyncio
async def test_password_never_appears_after_an_update(api):
    await api.post("/accounts", json=SIGNUP)
    body = (await api.patch("/accounts/1", json={"bio": "Analyst"})).json()
    assert "password" not in body and "password_confirm" not in body


def test_hash_password_is_salted():
    assert hash_password("same") != hash_password("same")


@pytest.mark.asyncio
async def test_field_constraints_and_pattern(api):
    response = await api.post("/accounts", json={**SIGNUP, "username": "Ada Lovelace"})
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["type"] == "string_pattern_mismatch" and error["loc"] == [
        "body",
        "username",
    ]
    # the client is shown the regular expression
    assert USERNAME_PATTERN in error["msg"]


@pytest.mark.asyncio
async def test_field_validator_rejects_a_reserved_username(api):
    response = await api.post("/accounts", json={**SIGNUP, "username": "admin"})
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "username"]
    assert error["msg"] == "Value error, This username is reserved."
    record("validation/fastapi-reserved-username", response)


@pytest.mark.asyncio
async def test_model_validator_error_belongs_to_the_whole_body(api):
    response = await api.post(
        "/accounts", json={**SIGNUP, "password_confirm": "something else"}
    )
    [error] = response.json()["detail"]
    # no field: the model_validator saw the whole object
    assert error["loc"] == ["body"]
    assert error["msg"] == "Value error, The two passwords differ."


@pytest.mark.asyncio
async def test_duplicate_username_reaches_the_database(api):
    assert (await api.post("/accounts", json=SIGNUP)).status_code == 201
    response = await api.post("/accounts", json=SIGNUP)
    assert response.status_code == 409 and response.json() == {
        "detail": "This username is taken."
    }


@pytest.mark.asyncio
async def test_strings_are_not_trimmed_and_may_be_empty_unless_constrained(api):
    response = await api.post("/accounts", json={**SIGNUP, "username": "  ada  "})
    # spaces kept
    assert response.json()["detail"][0]["type"] == "string_pattern_mismatch"
    response = await api.post("/accounts", json={**SIGNUP, "display_name": ""})
    # only because of min_length=1
    assert response.json()["detail"][0]["type"] == "string_too_short"


@pytest.mark.asyncio
async def test_nested_order_is_created_with_its_lines(api, session_factory):
    two_lines = {
        **ORDER,
        "lines": [*ORDER["lines"], {"sku": "XYZ-0001", "quantity": 1}],
    }
    response = await api.post("/orders", json=two_lines)
    assert response.status_code == 201
    assert response.json() == {
        "id": 1,
        "ship_to": "1 Long Street, Town",
        "lines": two_lines["lines"],
    }
    async with session_factory() as session:
        assert (await session.scalar(select(Order.ship_to))) == "1 Long Street, Town"


@pytest.mark.asyncio
async def test_nested_errors_name_the_item_by_index(api):
    lines = [
        {"sku": "ABC-1234", "quantity": 1},
        {"sku": "ABC-1234", "quantity": 0},
        {"sku": "abc", "quantity": 101},
    ]
    response = await api.post("/orders", json={**ORDER, "lines": lines})
    errors = [(error["loc"], error["type"]) for error in response.json()["detail"]]
    assert errors == [
        (["body", "lines", 1, "quantity"], "greater_than"),
        (["body", "lines", 2, "sku"], "string_pattern_mismatch"),
        (["body", "lines", 2, "quantity"], "less_than_equal"),
    ]
    record("validation/fastapi-nested-errors", response)


@pytest.mark.asyncio
async def test_an_empty_list_of_lines_is_refused(api):
    response = await api.post("/orders", json={**ORDER, "lines": []})
    [error] = response.json()["detail"]
    assert (error["loc"], error["type"]) == (["body", "lines"], "too_short")


@pytest.mark.asyncio
async def test_patch_changes_only_the_fields_sent(api):
    await api.post("/accounts", json=SIGNUP)
    response = await api.patch("/accounts/1", json={"bio": "Analyst"})
    assert response.status_code == 200
    assert (
        response.json()["bio"] == "Analyst" and response.json()["display_name"] == "Ada"
    )


@pytest.mark.asyncio
async def test_patch_refuses_null_and_unknown_accounts(api):
    await api.post("/accounts", json=SIGNUP)
    response = await api.patch("/accounts/1", json={"display_name": None})
    assert (
        response.status_code == 422
        and response.json()["detail"][0]["type"] == "string_type"
    )
    assert (await api.patch("/accounts/99", json={"bio": "x"})).status_code == 404


def test_exclude_unset_is_what_makes_the_update_partial():
    update = AccountUpdate.model_validate({"bio": "Analyst"})
    assert update.model_dump(exclude_unset=True) == {"bio": "Analyst"}
    # would blank the name
    assert update.model_dump() == {"display_name": "", "bio": "Analyst"}


@pytest.mark.asyncio
async def test_default_errors_echo_the_rejected_input_including_passwords(api):
    response = await api.post(
        "/accounts", json={**SIGNUP, "password": "short", "password_confirm": "short"}
    )
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "password"] and error["input"] == "short"


@pytest.mark.asyncio
async def test_drf_style_app_answers_400_with_a_field_dict(drf_style_api):
    response = await drf_style_api.post(
        "/accounts", json={**SIGNUP, "username": "admin", "password_confirm": "x"}
    )
    assert response.status_code == 400
    # field errors stop the model validator
    assert response.json() == {"username": ["This username is reserved."]}
    response = await drf_style_api.post(
        "/accounts", json={**SIGNUP, "password_confirm": "something else"}
    )
    assert response.json() == {"non_field_errors": ["The two passwords differ."]}


@pytest.mark.asyncio
async def test_drf_style_app_flattens_nested_paths_and_echoes_nothing(drf_style_api):
    lines = [{"sku": "ABC-1234", "quantity": 1}, {"sku": "ABC-1234", "quantity": 0}]
    response = await drf_style_api.post(
        "/orders", json={"ship_to": "secret", "lines": lines}
    )
    assert response.json() == {
        "ship_to": ["String should have at least 10 characters"],
        "lines.1.quantity": ["Input should be greater than 0"],
    }
    assert "secret" not in response.text
    record("validation/fastapi-drf-style-errors", response)
    assert (await drf_style_api.post("/orders", json=ORDER)).status_code == 201


@pytest.mark.asyncio
async def test_get_session_yields_a_working_session(monkeypatch, session_factory):
    from sqlalchemy import text

    from validation.fastapi_app import db

    monkeypatch.setattr(db, "SessionFactory", session_factory)
    async for session in db.get_session():
        assert (await session.execute(text("select 1"))).scalar() == 1


def test_an_optional_type_would_let_null_through_to_the_update():
    from pydantic import BaseModel

    class LooseUpdate(BaseModel):
        display_name: str | None = None  # the usual tutorial spelling

    assert LooseUpdate.model_validate({"display_name": None}).model_dump(
        exclude_unset=True
    ) == {"display_name": None}


@pytest.mark.asyncio
async def test_numeric_strings_are_coerced_in_lax_mode(api):
    response = await api.post(
        "/orders", json={**ORDER, "lines": [{"sku": "ABC-1234", "quantity": "2"}]}
    )
    assert response.status_code == 201 and response.json()["lines"][0]["quantity"] == 2


@pytest.mark.asyncio
async def test_unknown_keys_are_ignored(api):
    response = await api.post("/accounts", json={**SIGNUP, "is_staff": True})
    assert response.status_code == 201 and "is_staff" not in response.json()


@pytest.mark.asyncio
async def test_malformed_json_is_also_a_422(api):
    response = await api.post(
        "/accounts", content=b"{bad", headers={"Content-Type": "application/json"}
    )
    assert (
        response.status_code == 422
        and response.json()["detail"][0]["type"] == "json_invalid"
    )
