import pytest
from django.contrib.auth.hashers import check_password

from exchanges import record
from validation.django_app.models import Account, Order

pytestmark = [pytest.mark.django_db, pytest.mark.urls("validation.drf_app.urls")]

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


def test_password_is_write_only_and_stored_hashed(drf_client):
    response = drf_client.post("/accounts/", SIGNUP, format="json")
    assert response.status_code == 201
    assert response.json() == {
        "id": response.json()["id"],
        "username": "ada",
        "email": "ada@example.com",
        "display_name": "Ada",
    }
    stored = Account.objects.get(username="ada").password
    assert stored != "correct horse" and check_password("correct horse", stored)


def test_password_never_appears_when_reading_an_account(drf_client):
    drf_client.post("/accounts/", SIGNUP, format="json")
    account = Account.objects.get()
    body = drf_client.get(f"/accounts/{account.pk}/").json()
    assert "password" not in body and "password_confirm" not in body


def test_model_validators_reach_the_model_serializer(drf_client):
    response = drf_client.post(
        "/accounts/", {**SIGNUP, "username": "Ada Lovelace"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"username": ["Enter a valid value."]}


def test_validate_field_method_rejects_a_reserved_username(drf_client):
    response = drf_client.post(
        "/accounts/", {**SIGNUP, "username": "admin"}, format="json"
    )
    assert response.json() == {"username": ["This username is reserved."]}
    record("validation/drf-reserved-username", response)


def test_validate_attaches_the_mismatch_to_password_confirm(drf_client):
    response = drf_client.post(
        "/accounts/", {**SIGNUP, "password_confirm": "something else"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"password_confirm": ["The two passwords differ."]}


def test_duplicate_username_is_caught_before_the_insert(drf_client):
    assert drf_client.post("/accounts/", SIGNUP, format="json").status_code == 201
    response = drf_client.post("/accounts/", SIGNUP, format="json")
    assert response.json() == {
        "username": ["account with this username already exists."]
    }


def test_char_fields_trim_whitespace_and_refuse_blank(drf_client):
    response = drf_client.post(
        "/accounts/", {**SIGNUP, "username": "  ada  "}, format="json"
    )
    assert response.status_code == 201 and response.json()["username"] == "ada"
    response = drf_client.post(
        "/accounts/", {**SIGNUP, "username": "bob", "display_name": ""}, format="json"
    )
    assert response.json() == {"display_name": ["This field may not be blank."]}


def test_field_arguments_constrain_values(drf_client):
    bad = {"ship_to": "short", "lines": [{"sku": "abc-1", "quantity": 101}]}
    response = drf_client.post("/orders/", bad, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "ship_to": ["Ensure this field has at least 10 characters."],
        "lines": {
            "0": {
                "sku": ["Use a SKU such as ABC-1234."],
                "quantity": ["Ensure this value is less than or equal to 100."],
            }
        },
    }


def test_nested_order_is_created_with_its_lines(drf_client):
    response = drf_client.post(
        "/orders/",
        {**ORDER, "lines": [*ORDER["lines"], {"sku": "XYZ-0001", "quantity": 1}]},
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["lines"] == [
        {"sku": "ABC-1234", "quantity": 2},
        {"sku": "XYZ-0001", "quantity": 1},
    ]
    assert Order.objects.get().lines.count() == 2


def test_nested_errors_keep_the_position_of_each_item(drf_client):
    # DRF 3.18 keys many=True errors by index and leaves valid items out (3.16 sent a
    # list with {})
    lines = [{"sku": "ABC-1234", "quantity": 1}, {"sku": "ABC-1234", "quantity": 0}]
    response = drf_client.post("/orders/", {**ORDER, "lines": lines}, format="json")
    assert response.json() == {
        "lines": {
            "1": {"quantity": ["Ensure this value is greater than or equal to 1."]}
        }
    }
    record("validation/drf-nested-errors", response)


def test_the_old_list_format_is_deprecated(drf_client, settings):
    from rest_framework.deprecation import RemovedInDRF320Warning

    settings.REST_FRAMEWORK = {"LIST_SERIALIZER_ERRORS_AS_DICT": False}
    lines = [{"sku": "ABC-1234", "quantity": 1}, {"sku": "ABC-1234", "quantity": 0}]
    with pytest.warns(RemovedInDRF320Warning, match="list-based error format"):
        response = drf_client.post("/orders/", {**ORDER, "lines": lines}, format="json")
    assert response.json() == {
        "lines": [
            {},
            {"quantity": ["Ensure this value is greater than or equal to 1."]},
        ]
    }


def test_an_empty_list_of_lines_is_refused(drf_client):
    response = drf_client.post("/orders/", {**ORDER, "lines": []}, format="json")
    assert response.json() == {
        "lines": {"non_field_errors": ["Ensure this field has at least 1 elements."]}
    }


def test_model_serializer_refuses_writable_nested_data_without_create():
    from rest_framework import serializers

    from validation.drf_app.serializers import OrderSerializer

    class NaiveOrderSerializer(OrderSerializer):
        create = serializers.ModelSerializer.create  # DRF's default, no nested writes

    serializer = NaiveOrderSerializer(data=ORDER)
    assert serializer.is_valid()
    with pytest.raises(AssertionError, match="does not support writable nested fields"):
        serializer.save()


def test_patch_is_partial_and_put_is_not(drf_client):
    account = Account.objects.create(
        username="ada", email="ada@example.com", password="x", display_name="Ada"
    )
    response = drf_client.patch(
        f"/accounts/{account.pk}/", {"bio": "Analyst"}, format="json"
    )
    assert response.status_code == 200
    assert (
        response.json()["bio"] == "Analyst" and response.json()["display_name"] == "Ada"
    )
    response = drf_client.put(
        f"/accounts/{account.pk}/", {"bio": "Engineer"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {"display_name": ["This field is required."]}


def test_partial_update_still_validates_what_is_sent(drf_client):
    account = Account.objects.create(
        username="ada", email="ada@example.com", password="x", display_name="Ada"
    )
    response = drf_client.patch(
        f"/accounts/{account.pk}/", {"display_name": None}, format="json"
    )
    assert response.json() == {"display_name": ["This field may not be null."]}
    response = drf_client.patch(
        f"/accounts/{account.pk}/", {"username": "eve"}, format="json"
    )
    # read-only: ignored
    assert response.status_code == 200 and response.json()["username"] == "ada"


def test_one_view_can_report_errors_in_fastapi_format(drf_client):
    lines = [{"sku": "ABC-1234", "quantity": 1}, {"sku": "bad", "quantity": 1}]
    response = drf_client.post(
        "/fastapi-style/orders/", {"ship_to": "short", "lines": lines}, format="json"
    )
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {
                "type": "min_length",
                "loc": ["body", "ship_to"],
                "msg": "Ensure this field has at least 10 characters.",
            },
            {
                "type": "invalid",
                "loc": ["body", "lines", 1, "sku"],
                "msg": "Use a SKU such as ABC-1234.",
            },
        ]
    }
    record("validation/drf-fastapi-style-errors", response)
    assert (
        drf_client.post(
            "/orders/", {"ship_to": "short", "lines": lines}, format="json"
        ).status_code
        == 400
    )


def test_fastapi_format_handles_object_level_and_list_errors(drf_client):
    response = drf_client.post(
        "/fastapi-style/orders/", {**ORDER, "lines": []}, format="json"
    )
    assert response.json() == {
        "detail": [
            {
                "type": "min_length",
                "loc": ["body", "lines"],
                "msg": "Ensure this field has at least 1 elements.",
            }
        ]
    }
    assert (
        drf_client.post("/fastapi-style/orders/", ORDER, format="json").status_code
        == 201
    )
    # other errors keep DRF's format
    response = drf_client.get("/fastapi-style/orders/")
    assert response.status_code == 405 and response.json() == {
        "detail": 'Method "GET" not allowed.'
    }


def test_regex_validator_searches_so_the_pattern_needs_anchors():
    from django.core.validators import RegexValidator

    RegexValidator(r"[A-Z]{3}-\d{4}")("junk ABC-1234 junk")  # no ValidationError


def test_validate_sees_only_the_sent_fields_when_partial():
    from validation.drf_app.serializers import SignupSerializer

    account = Account.objects.create(
        username="ada", email="ada@example.com", password="x", display_name="Ada"
    )
    serializer = SignupSerializer(
        account, data={"password": "a new password"}, partial=True
    )
    with pytest.raises(KeyError, match="password_confirm"):
        serializer.is_valid()


def test_numeric_strings_are_coerced_and_unknown_keys_ignored(drf_client):
    response = drf_client.post(
        "/orders/",
        {**ORDER, "lines": [{"sku": "ABC-1234", "quantity": "2"}]},
        format="json",
    )
    assert response.status_code == 201 and response.json()["lines"][0]["quantity"] == 2
    response = drf_client.post(
        "/accounts/", {**SIGNUP, "is_staff": True}, format="json"
    )
    assert response.status_code == 201 and "is_staff" not in response.json()


def test_validate_runs_only_when_every_field_is_valid(drf_client):
    response = drf_client.post(
        "/accounts/",
        {**SIGNUP, "username": "admin", "password_confirm": "x"},
        format="json",
    )
    assert response.json() == {"username": ["This username is reserved."]}


def test_malformed_json_is_a_400_parse_error(drf_client):
    response = drf_client.post("/accounts/", "{bad", content_type="application/json")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("JSON parse error")
