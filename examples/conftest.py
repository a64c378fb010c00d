"""Suite-wide checks for the examples.

With EXAMPLES_REQUIRE_ALL=1 (set by `npm test`), the run fails if any example file a page can
show was never executed: an example nobody runs cannot ship. Execution is recorded per file, so
files loaded by path (Alembic's env.py and revisions) count as well as imported modules.
"""

import json
import os
import re
import sys
import threading
from importlib import metadata
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

import exchanges

EXAMPLES_DIR = Path(__file__).parent
PAGE_FILE_RULE = EXAMPLES_DIR / "support-files.json"
executed_files: set[str] = set()
page_files: list[Path] = []
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
        try:  # read the rule first, so that a malformed one fails the run at once
            page_files.extend(page_example_files())
        except ValueError as error:
            raise pytest.UsageError(str(error)) from None
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


def read_page_file_rule(path: Path = PAGE_FILE_RULE) -> tuple[re.Pattern, list]:
    """The `shown` and `support` patterns of the rule, or an error naming its file."""
    try:
        rule = json.loads(path.read_text(encoding="utf-8"))
        shown = re.compile(rule["shown"]["pattern"])
        if not isinstance(rule["support"], list):
            raise TypeError("support is not a list")
        support = [re.compile(entry["pattern"]) for entry in rule["support"]]
    except (OSError, ValueError, KeyError, TypeError, re.error) as error:
        raise ValueError(
            f"{path}: expected {{shown: {{pattern}}, support: [{{pattern}}, ...]}}"
            f" with regular expressions ({type(error).__name__}: {error})"
        ) from None
    return shown, support


def page_example_files() -> list[Path]:
    """The files a page may show, by the rule in support-files.json."""
    shown, support = read_page_file_rule()
    relatives = (
        path.relative_to(EXAMPLES_DIR).as_posix()
        for path in sorted(EXAMPLES_DIR.rglob("*"))
        if path.is_file()
    )
    return [
        Path(relative)
        for relative in relatives
        if shown.search(relative)
        and not any(pattern.search(relative) for pattern in support)
    ]


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
        for relative in page_files
        if (topics is None or relative.parts[0] in topics)
        and str(EXAMPLES_DIR / relative) not in executed_files
    ]
    if never_run:
        message = "example files that no test executed:\n  " + "\n  ".join(never_run)
        session.config.get_terminal_writer().line(message, red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
