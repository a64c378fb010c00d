"""The recorder behind the pages' recorded exchanges (examples/exchanges.py)."""

import json

import httpx
import pytest

import exchanges


def response(body: dict, status: int = 200, **headers: str) -> httpx.Response:
    request = httpx.Request("POST", "http://testserver/items?x=1", json={"name": "a"})
    return httpx.Response(status, json=body, headers=headers, request=request)


def test_values_that_change_between_runs_are_replaced():
    body = {
        "at": "2026-12-07T14:03:09.123456+00:00",
        "id": "0b5f3c1e-9a0d-4a55-8c8e-1f2d3c4b5a69",
        "token": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
    }
    recorded = exchanges.exchange_of(response(body, 201, location="/items/1"))
    assert recorded == {
        "request": "POST /items?x=1",
        "requestBody": {"name": "a"},
        "status": 201,
        "headers": {"content-type": "application/json", "location": "/items/1"},
        "body": {"at": "<datetime>", "id": "<uuid>", "token": "<jwt>"},
    }


def test_only_the_shown_headers_are_kept():
    recorded = exchanges.exchange_of(
        response({}, **{"set-cookie": "sessionid=secret", "x-other": "1"})
    )
    assert recorded["headers"] == {"content-type": "application/json"}


def test_a_changed_answer_fails_naming_the_recording(tmp_path, monkeypatch):
    monkeypatch.setattr(exchanges, "EXCHANGES_DIR", tmp_path)
    monkeypatch.setattr(exchanges, "RECORDING", False)
    monkeypatch.setattr(exchanges, "observed", {})
    saved = exchanges.exchange_of(response({"n": 1}))
    (tmp_path / "demo.json").write_text(json.dumps({"answer": saved}))
    exchanges.record("demo/answer", response({"n": 1}))  # the same answer passes
    monkeypatch.setattr(exchanges, "observed", {})
    with pytest.raises(exchanges.ExchangeMismatch, match="demo/answer"):
        exchanges.record("demo/answer", response({"n": 2}))


def test_a_recording_that_does_not_exist_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(exchanges, "EXCHANGES_DIR", tmp_path)
    monkeypatch.setattr(exchanges, "RECORDING", False)
    monkeypatch.setattr(exchanges, "observed", {})
    with pytest.raises(exchanges.ExchangeMismatch, match="demo/missing"):
        exchanges.record("demo/missing", response({}))


def test_recording_writes_one_file_per_topic(tmp_path, monkeypatch):
    monkeypatch.setattr(exchanges, "EXCHANGES_DIR", tmp_path)
    monkeypatch.setattr(exchanges, "RECORDING", True)
    monkeypatch.setattr(exchanges, "observed", {})
    exchanges.record("demo/answer", response({"n": 1}))
    (tmp_path / "gone.json").write_text("{}")
    exchanges.write_recordings(whole_suite=True)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["demo.json"]
    assert json.loads((tmp_path / "demo.json").read_text())["answer"]["body"] == {
        "n": 1
    }
