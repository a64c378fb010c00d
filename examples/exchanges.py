"""Recorded exchanges: what an example's endpoint really answers, shown on the pages.

A test calls `record("topic/name", response)` after a request. A normal run compares what it
observed with examples/exchanges/<topic>.json and fails, naming the recording, when they differ;
`npm run exchanges:update` (RECORD_EXCHANGES=1) writes the files instead. Pages show a recording
with <Exchange drf="topic/name" fastapi="topic/other" />.

Values that legitimately change from run to run are replaced before comparing and recording:
ISO 8601 date-times by "<datetime>", UUIDs by "<uuid>", JSON Web Tokens by "<jwt>". Only the
headers in SHOWN_HEADERS are kept; cookies never are.
"""

import json
import os
import re
import threading
from pathlib import Path
from typing import Any

EXCHANGES_DIR = Path(__file__).parent / "exchanges"
RECORDING = os.environ.get("RECORD_EXCHANGES") == "1"
SHOWN_HEADERS = (
    "allow",
    "cache-control",
    "content-type",
    "etag",
    "location",
    "retry-after",
    "vary",
    "www-authenticate",
)
VARYING = [
    (
        re.compile(
            r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?"
        ),
        "<datetime>",
    ),
    (
        re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
        "<uuid>",
    ),
    (re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]+"), "<jwt>"),
]

# Everything recorded or checked in this run, by name (the runner reports recordings
# nobody made).
observed: dict[str, dict[str, Any]] = {}
_lock = threading.Lock()


class ExchangeMismatch(AssertionError):
    pass


def _steady(value: Any) -> Any:
    if isinstance(value, str):
        for pattern, placeholder in VARYING:
            value = pattern.sub(placeholder, value)
        return value
    if isinstance(value, list):
        return [_steady(item) for item in value]
    if isinstance(value, dict):
        return {key: _steady(item) for key, item in value.items()}
    return value


def _body(content: bytes, content_type: str) -> Any:
    if not content:
        return None
    text = content.decode("utf-8", errors="replace")
    if "json" in content_type:
        return json.loads(text)
    return text if len(text) <= 600 else text[:600] + "…"


def _request_line(response: Any) -> tuple[str, Any]:
    """The method and path, and the JSON body sent, from an httpx or a Django test response."""
    request = getattr(response, "request", None)
    if request is not None and hasattr(request, "url"):  # httpx
        target = request.url.raw_path.decode()
        sent = request.content if request.method in {"POST", "PUT", "PATCH"} else b""
        return f"{request.method} {target}", _body(
            sent, request.headers.get("content-type", "")
        )
    wsgi = response.wsgi_request  # Django's test client
    try:
        sent = wsgi.body
    except Exception:  # the view already read the stream
        sent = b""
    return f"{wsgi.method} {wsgi.get_full_path()}", _body(sent, wsgi.content_type or "")


def exchange_of(response: Any, sql: list[str] | None = None) -> dict[str, Any]:
    request, sent = _request_line(response)
    headers = {
        name: response.headers[name]
        for name in SHOWN_HEADERS
        if name in response.headers
    }
    status = response.status_code
    recorded: dict[str, Any] = {"request": request}
    if sent is not None:
        recorded["requestBody"] = sent
    recorded |= {
        "status": status,
        "headers": headers,
        "body": _body(response.content, headers.get("content-type", "")),
    }
    if sql is not None:
        recorded["sql"] = [" ".join(statement.split()) for statement in sql]
        recorded["sqlCount"] = len(sql)
    return _steady(recorded)


def _file_of(name: str) -> Path:
    topic, _, rest = name.partition("/")
    if not topic or not rest or not re.fullmatch(r"[\w-]+/[\w./-]+", name):
        raise ValueError(f'exchange name "{name}" must look like "topic/what-it-shows"')
    return EXCHANGES_DIR / f"{topic}.json"


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def record(name: str, response: Any, *, sql: list[str] | None = None) -> dict[str, Any]:
    """Records (RECORD_EXCHANGES=1) or checks the exchange `response` ended; returns it."""
    current = exchange_of(response, sql)
    with _lock:
        if name in observed and observed[name] != current:
            raise ExchangeMismatch(
                f"exchange {name} is recorded twice with different contents"
            )
        observed[name] = current
    if RECORDING:
        return current
    saved = load(_file_of(name)).get(name.partition("/")[2])
    if saved != current:
        raise ExchangeMismatch(
            f"exchange {name} differs from examples/exchanges/{name.partition('/')[0]}.json "
            f"(run `npm run exchanges:update` if the change is intended):\n"
            f"recorded: {json.dumps(saved, indent=1)}\nobserved: {json.dumps(current, indent=1)}"
        )
    return current


def write_recordings(whole_suite: bool) -> list[Path]:
    """Writes the exchanges this run observed, one file per topic; after a run of the whole
    suite the files hold exactly those (a recording no test makes any more is dropped)."""
    by_file: dict[Path, dict[str, Any]] = {}
    for name, exchange in sorted(observed.items()):
        by_file.setdefault(_file_of(name), {})[name.partition("/")[2]] = exchange
    EXCHANGES_DIR.mkdir(exist_ok=True)
    for stale in EXCHANGES_DIR.glob("*.json"):
        if whole_suite and stale not in by_file:
            stale.unlink()
    for path, exchanges in by_file.items():
        if not whole_suite:  # keep the recordings of tests that did not run
            exchanges = {**load(path), **exchanges}
        path.write_text(
            json.dumps(exchanges, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return sorted(by_file)


def unobserved_recordings() -> list[str]:
    """Recordings in the files that no test of this run produced."""
    names = [
        f"{path.stem}/{key}"
        for path in sorted(EXCHANGES_DIR.glob("*.json"))
        for key in load(path)
    ]
    return [name for name in names if name not in observed]
