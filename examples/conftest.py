"""Suite-wide checks for the examples.

With EXAMPLES_REQUIRE_ALL=1 (set by `npm test`), the run fails if any example file a page can
show was never executed: an example nobody runs cannot ship. Execution is recorded per file, so
files loaded by path (Alembic's env.py and revisions) count as well as imported modules.
"""

import json
import os
import sys
import threading
from importlib import metadata
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

import exchanges

EXAMPLES_DIR = Path(__file__).parent
SUPPORT = json.loads((EXAMPLES_DIR / "support-files.json").read_text())
executed_files: set[str] = set()
VERSION_SKIP = "runs on Django "
OUTCOMES_FILE = os.environ.get("EXAMPLES_OUTCOMES_FILE")


def record_executed_file(frame, event, arg):
    # Only "call" events reach a global trace function; returning None skips line
    # tracing.
    executed_files.add(frame.f_code.co_filename)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "django_version(spec): runs only on the Django line that matches, e.g. '>=6.0' or '<6.0';"
        " elsewhere it is skipped with the reason, and the runner checks it ran on the other line",
    )
    if os.environ.get("EXAMPLES_REQUIRE_ALL") == "1":
        sys.settrace(record_executed_file)
        # TestClient runs the app in a worker thread
        threading.settrace(record_executed_file)


def pytest_collection_modifyitems(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    installed = metadata.version("Django")
    for item in items:
        marker = item.get_closest_marker("django_version")
        if marker and installed not in SpecifierSet(marker.args[0]):
            item.add_marker(
                pytest.mark.skip(
                    reason=f"{VERSION_SKIP}{marker.args[0]} (this is {installed})"
                )
            )


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # The runner (scripts/test-examples.sh) checks that each test skipped here passed on
    # the other line.
    if OUTCOMES_FILE and (report.when == "call" or report.skipped):
        skipped_for_version = report.skipped and VERSION_SKIP in str(report.longrepr)
        outcome = "version-skipped" if skipped_for_version else report.outcome
        with open(OUTCOMES_FILE, "a", encoding="utf-8") as outcomes:
            outcomes.write(f"{outcome} {report.nodeid}\n")


def check_recorded_exchanges(session: pytest.Session, exitstatus: int) -> None:
    """Writes the recordings (RECORD_EXCHANGES=1), or fails a whole run that left one unmade."""
    whole_suite = topics_in_run(session) is None
    if exchanges.RECORDING:
        for path in exchanges.write_recordings(whole_suite):
            session.config.get_terminal_writer().line(
                f"recorded {path.relative_to(EXAMPLES_DIR)}"
            )
    elif (
        whole_suite
        and exitstatus == 0
        and (unmade := exchanges.unobserved_recordings())
    ):
        message = "recorded exchanges that no test made (stale):\n  " + "\n  ".join(
            unmade
        )
        session.config.get_terminal_writer().line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def page_example_files() -> list[Path]:
    files = []
    for path in sorted(EXAMPLES_DIR.rglob("*.py")):
        relative = path.relative_to(EXAMPLES_DIR)
        if len(relative.parts) < 2:
            continue  # root-level files such as this one
        if (
            set(relative.parts[:-1]) & set(SUPPORT["directories"])
            or path.name in SUPPORT["files"]
        ):
            continue
        files.append(relative)
    return files


def topics_in_run(session: pytest.Session) -> set[str] | None:
    """The topics whose tests ran, or None when the whole suite ran."""
    if session.config.args_source != pytest.Config.ArgsSource.ARGS:
        return None
    return {
        Path(item.path).relative_to(EXAMPLES_DIR).parts[0] for item in session.items
    }


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    sys.settrace(None)  # stop tracing before anything else, whatever the outcome
    threading.settrace(None)
    check_recorded_exchanges(session, exitstatus)
    if os.environ.get("EXAMPLES_REQUIRE_ALL") != "1" or exitstatus != 0:
        return
    # A module imported before tracing began (pytest-django imports models early) ran
    # its body too.
    executed_files.update(
        getattr(module, "__file__", None) or "" for module in list(sys.modules.values())
    )
    topics = topics_in_run(session)
    never_run = [
        str(relative)
        for relative in page_example_files()
        if (topics is None or relative.parts[0] in topics)
        and str(EXAMPLES_DIR / relative) not in executed_files
    ]
    if never_run:
        message = "example files that no test executed:\n  " + "\n  ".join(never_run)
        session.config.get_terminal_writer().line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
