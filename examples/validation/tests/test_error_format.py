"""The same invalid sign-up sent to both APIs: the bodies the page shows side by side."""

import pytest

pytestmark = pytest.mark.urls("validation.drf_app.urls")

INVALID_SIGNUP = {
    "username": "ab",
    "email": "ada@example.com",
    "password": "short",
    "password_confirm": "short",
}


@pytest.mark.django_db
def test_drf_error_body(drf_client):
    # region drf-body
    response = drf_client.post("/accounts/", INVALID_SIGNUP, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "username": ["Ensure this field has at least 3 characters."],
        "password": ["Ensure this field has at least 8 characters."],
        "display_name": ["This field is required."],
    }
    # endregion drf-body


@pytest.mark.asyncio
async def test_fastapi_error_body(api):
    # region fastapi-body
    response = await api.post("/accounts", json=INVALID_SIGNUP)
    assert response.status_code == 422
    assert response.json() == {
        "detail": [
            {
                "type": "string_too_short",
                "loc": ["body", "username"],
                "msg": "String should have at least 3 characters",
                "input": "ab",
                "ctx": {"min_length": 3},
            },
            {
                "type": "string_too_short",
                "loc": ["body", "password"],
                "msg": "String should have at least 8 characters",
                "input": "short",  # the rejected password, sent back to the client
                "ctx": {"min_length": 8},
            },
            {
                "type": "missing",
                "loc": ["body", "display_name"],
                "msg": "Field required",
                "input": INVALID_SIGNUP,  # for a missing field: the whole object
            },
        ]
    }
    # endregion fastapi-body


@pytest.mark.asyncio
async def test_drf_style_fastapi_reports_the_same_fields_as_drf(drf_style_api):
    response = await drf_style_api.post("/accounts", json=INVALID_SIGNUP)
    assert response.status_code == 400
    # The keys of test_drf_error_body's body, in the same order; the wording is each
    # library's.
    assert list(response.json()) == ["username", "password", "display_name"]
