import pytest
from fastapi.testclient import TestClient

from phase2_fastapi.fastapi_app import background


@pytest.fixture(autouse=True)
def empty_outbox():
    background.forwarded.clear()


# region after_response
@pytest.mark.asyncio
async def test_the_task_runs_after_the_response_is_sent():
    """Call the app as a server would, and look at the outbox when the last body chunk goes out."""
    outbox_when_sent: list[list[str]] = []
    scope = {
        "type": "http",
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/feedback/",
        "raw_path": b"/feedback/",
        "root_path": "",
        "query_string": b"text=Great",
        "headers": [],
        "client": ("test", 1),
        "server": ("test", 80),
    }

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.body" and not message.get("more_body"):
            outbox_when_sent.append(list(background.forwarded))

    await background.app(scope, receive, send)
    # nothing forwarded while the client was still waiting
    assert outbox_when_sent == [[]]
    assert background.forwarded == ["Great"]  # done by the time the app call returns


# endregion after_response


def test_a_failing_task_does_not_change_the_response_and_is_not_retried():
    with TestClient(background.app, raise_server_exceptions=False) as client:
        response = client.post("/feedback/", params={"text": "   "})
        assert (response.status_code, response.json()) == (202, {"status": "accepted"})
        client.post("/feedback/", params={"text": "next"})
    assert background.forwarded == ["next"]  # the failed one is simply gone


def test_a_failing_task_raises_in_the_server_not_in_the_client():
    with (
        TestClient(background.app) as client,
        pytest.raises(ValueError, match="nothing to forward"),
    ):
        client.post("/feedback/", params={"text": ""})
