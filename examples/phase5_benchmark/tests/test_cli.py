import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from phase5_benchmark.fastapi_app.main import app

EXAMPLES_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def uvicorn_server():
    """The example app under uvicorn on a free loopback port, stopped after the test."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):  # bounded wait for startup
        if server.started:
            break
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


def test_cli_prints_one_summary_per_level(uvicorn_server):
    # Run the command as a reader would: its own process, talking to the server over
    # loopback.
    command = [
        sys.executable,
        "-m",
        "phase5_benchmark.load",
        uvicorn_server,
        "/io/awaits",
    ]
    options = ["--levels", "1", "4", "--requests", "12"]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(EXAMPLES_DIR), os.environ.get("PYTHONPATH", "")]
        ),
    }
    finished = subprocess.run(
        command + options,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    results = json.loads(finished.stdout)
    assert [result["concurrency"] for result in results] == [1, 4]
    assert all(result["requests"] == 12 and result["errors"] == 0 for result in results)
    # every request waited 50 ms upstream
    assert all(result["p50_ms"] >= 50 for result in results)
