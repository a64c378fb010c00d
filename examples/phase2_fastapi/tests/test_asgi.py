from fastapi.testclient import TestClient

from phase2_fastapi.asgi import app


def test_the_module_level_app_serves_the_capstone(tmp_path, monkeypatch):
    # the relative database path lands in a temporary folder
    monkeypatch.chdir(tmp_path)
    with TestClient(app) as client:
        created = client.post(
            "/api/messages/",
            json={"role": "user", "content": "Hi", "session_id": "s-1"},
        )
    assert created.status_code == 201
    assert (tmp_path / "capstone.sqlite3").exists()
