"""Suite-wide checks for the examples.

With EXAMPLES_REQUIRE_ALL=1 (set by `npm test`), the run fails if any example file a page can
show was never executed: an example nobody runs cannot ship. Execution is recorded per file, so
files loaded by path (Alembic's env.py and revisions) count as well as imported modules.
"""

import json
import os
import sys
import threading
from pathlib import Path

import pytest

EXAMPLES_DIR = Path(__file__).parent
SUPPORT = json.loads((EXAMPLES_DIR / "support-files.json").read_text())
executed_files: set[str] = set()


def record_executed_file(frame, event, arg):
    # Only "call" events reach a global trace function; returning None skips line tracing.
    executed_files.add(frame.f_code.co_filename)


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("EXAMPLES_REQUIRE_ALL") == "1":
        sys.settrace(record_executed_file)
        threading.settrace(record_executed_file)  # TestClient runs the app in a worker thread


def page_example_files() -> list[Path]:
    files = []
    for path in sorted(EXAMPLES_DIR.rglob("*.py")):
        relative = path.relative_to(EXAMPLES_DIR)
        if len(relative.parts) < 2:
            continue  # root-level files such as this one
        if set(relative.parts[:-1]) & set(SUPPORT["directories"]) or path.name in SUPPORT["files"]:
            continue
        files.append(relative)
    return files


def topics_in_run(session: pytest.Session) -> set[str] | None:
    """The topics whose tests ran, or None when the whole suite ran."""
    if session.config.args_source != pytest.Config.ArgsSource.ARGS:
        return None
    return {Path(item.path).relative_to(EXAMPLES_DIR).parts[0] for item in session.items}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    sys.settrace(None)  # stop tracing before anything else, whatever the outcome
    threading.settrace(None)
    if os.environ.get("EXAMPLES_REQUIRE_ALL") != "1" or exitstatus != 0:
        return
    # A module imported before tracing began (pytest-django imports models early) ran its body too.
    executed_files.update(getattr(module, "__file__", None) or "" for module in list(sys.modules.values()))
    topics = topics_in_run(session)
    never_run = [
        str(relative)
        for relative in page_example_files()
        if (topics is None or relative.parts[0] in topics) and str(EXAMPLES_DIR / relative) not in executed_files
    ]
    if never_run:
        message = "example files that no test executed:\n  " + "\n  ".join(never_run)
        session.config.get_terminal_writer().line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
