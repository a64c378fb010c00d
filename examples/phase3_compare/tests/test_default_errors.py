"""What FastAPI answers for the capstone's schema when no custom handler is installed."""

from fastapi import FastAPI
from fastapi.testclient import TestClient

from capstone.fastapi_app.schemas import ChatMessageIn

app = FastAPI()  # deliberately without drf_style_validation_error


@app.post("/api/messages/")
async def create_message(payload: ChatMessageIn) -> ChatMessageIn:
    return payload


client = TestClient(app)


# region default_errors
def test_fastapi_default_is_422_with_a_list_of_errors():
    response = client.post(
        "/api/messages/", json={"role": "robot", "content": "", "session_id": "x" * 65}
    )
    assert response.status_code == 422
    assert [
        (error["loc"], error["type"], error["msg"])
        for error in response.json()["detail"]
    ] == [
        (
            ["body", "role"],
            "literal_error",
            "Input should be 'user', 'assistant' or 'system'",
        ),
        (
            ["body", "content"],
            "string_too_short",
            "String should have at least 1 character",
        ),
        (
            ["body", "session_id"],
            "string_too_long",
            "String should have at most 64 characters",
        ),
    ]


def test_fastapi_default_for_a_missing_field():
    error = client.post(
        "/api/messages/", json={"content": "Hi", "session_id": "s-1"}
    ).json()["detail"][0]
    assert (error["loc"], error["type"], error["msg"]) == (
        ["body", "role"],
        "missing",
        "Field required",
    )


# endregion default_errors


def test_fastapi_default_success_is_200_and_unknown_routes_say_not_found():
    assert (
        client.post(
            "/api/messages/",
            json={"role": "user", "content": "Hi", "session_id": "s-1"},
        ).status_code
        == 200
    )
    response = client.get("/api/elsewhere/")
    assert (response.status_code, response.json()) == (404, {"detail": "Not Found"})
