from fastapi.testclient import TestClient

from capstone.fastapi_app.main import create_app


# region openapi
def test_the_schema_lists_the_capstone_paths_and_operations(tmp_path):
    with TestClient(
        create_app(f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}")
    ) as client:
        schema = client.get("/openapi.json").json()
        docs = client.get("/docs")
    assert {
        path: sorted(operations) for path, operations in schema["paths"].items()
    } == {
        "/api/messages/": ["get", "post"],
        "/api/messages/{message_id}/": ["delete", "get", "patch", "put"],
    }
    listing = schema["paths"]["/api/messages/"]["get"]
    assert (
        listing["parameters"][0]["name"] == "session_id"
        and listing["parameters"][0]["required"]
    )
    assert schema["components"]["schemas"]["ChatMessageIn"]["required"] == [
        "role",
        "content",
        "session_id",
    ]
    assert docs.status_code == 200 and "swagger-ui" in docs.text


# endregion openapi
