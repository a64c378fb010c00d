"""Suite-wide checks for the examples.

With EXAMPLES_REQUIRE_ALL=1 (set by `npm test`), the run fails if any example file a page
can show was never imported by a test: an example nobody executes cannot ship.
"""

import json
import os
import sys
from pathlib import Path

import pytest

EXAMPLES_DIR = Path(__file__).parent
SUPPORT = json.loads((EXAMPLES_DIR / "support-files.json").read_text())


def page_example_modules() -> dict[str, Path]:
    modules = {}
    for path in EXAMPLES_DIR.rglob("*.py"):
        relative = path.relative_to(EXAMPLES_DIR)
        if len(relative.parts) < 2:
            continue  # root-level files such as this one
        if set(relative.parts[:-1]) & set(SUPPORT["directories"]) or path.name in SUPPORT["files"]:
            continue
        modules[".".join(relative.with_suffix("").parts)] = relative
    return modules


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("EXAMPLES_REQUIRE_ALL") != "1" or exitstatus != 0:
        return
    never_imported = sorted(str(p) for m, p in page_example_modules().items() if m not in sys.modules)
    if never_imported:
        message = "example files no test imports:\n  " + "\n  ".join(never_imported)
        session.config.get_terminal_writer().line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
