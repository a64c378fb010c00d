"""The Tested versions page must show exactly what this test run uses."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
# what `npm run versions:update` runs
sys.path.insert(0, str(ROOT / "scripts" / "python"))

import tested_versions as tested_versions_module  # noqa: E402

RECORDED = json.loads((ROOT / "src" / "data" / "tested-versions.json").read_text())


def recorded_environment(name: str) -> dict:
    matches = [env for env in RECORDED["environments"] if env["name"] == name]
    assert matches, (
        f"no {name} environment in tested-versions.json: run `npm run versions:update`"
    )
    return matches[0]


def test_the_page_data_matches_this_environment():
    actual = tested_versions_module.tested_versions()
    recorded = recorded_environment(actual["name"])
    assert recorded == actual, (
        "run `npm run versions:update` and commit src/data/tested-versions.json"
    )


def test_the_page_lists_both_django_lines_and_the_core_packages():
    names = [env["name"] for env in RECORDED["environments"]]
    assert names == ["django-5.2", "django-6.1"]
    core = {
        "Django",
        "djangorestframework",
        "fastapi",
        "starlette",
        "SQLAlchemy",
        "pydantic",
    }
    for environment in RECORDED["environments"]:
        assert core <= set(environment["packages"])


def test_the_lock_date_is_the_one_the_locks_were_made_on():
    locked_on = (
        (ROOT / "examples" / "requirements" / "locked-on.txt").read_text().strip()
    )
    assert RECORDED["lockedOn"] == locked_on
