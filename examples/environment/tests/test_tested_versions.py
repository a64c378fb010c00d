"""The Tested versions page must show exactly what this test run uses."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "scripts"))  # the same module `npm run versions:update` runs

import tested_versions as tested_versions_module  # noqa: E402


def test_the_page_data_matches_this_environment():
    recorded = json.loads((ROOT / "src" / "data" / "tested-versions.json").read_text())
    actual = tested_versions_module.tested_versions()
    assert recorded == actual, "run `npm run versions:update` and commit src/data/tested-versions.json"


def test_every_pin_is_listed():
    recorded = json.loads((ROOT / "src" / "data" / "tested-versions.json").read_text())
    assert set(recorded["packages"]) == set(tested_versions_module.pinned_names())
    assert {"Django", "djangorestframework", "fastapi", "starlette", "SQLAlchemy", "pydantic"} <= set(recorded["packages"])
