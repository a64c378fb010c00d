"""Each row of the page's "What changed" table, checked against the installed versions."""

import subprocess
import sys
import textwrap

import httpx
import httpx2
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient


def test_on_event_is_deprecated_in_favour_of_lifespan():
    app = FastAPI()
    with pytest.warns(DeprecationWarning, match="on_event is deprecated, use lifespan"):

        @app.on_event("startup")
        async def startup() -> None: ...


@pytest.mark.parametrize("client_class", [httpx.AsyncClient, httpx2.AsyncClient])
def test_asyncclient_no_longer_accepts_app(client_class):
    # httpx 0.28 removed the app= shortcut, and httpx2 never had it: pass the transport.
    with pytest.raises(TypeError, match="'app'"):
        client_class(app=FastAPI(), base_url="http://test")


def test_testclient_is_built_on_httpx2():
    # Starlette's TestClient prefers httpx2; with only httpx installed it warns
    # ("Using `httpx` with `starlette.testclient` is deprecated").
    assert issubclass(TestClient, httpx2.Client)
    assert not issubclass(TestClient, httpx.Client)


def test_plain_pytest_fixture_on_an_async_function_is_refused(tmp_path):
    (tmp_path / "test_old_style.py").write_text(
        textwrap.dedent("""
        import pytest

        @pytest.fixture  # needs @pytest_asyncio.fixture in strict mode
        async def number():
            return 1

        @pytest.mark.asyncio
        async def test_uses_it(number):
            assert number == 1
    """)
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:django",
            "-o",
            "asyncio_mode=strict",
            "-o",
            "asyncio_default_fixture_loop_scope=function",
            str(tmp_path / "test_old_style.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "requested an async fixture 'number'" in result.stdout
