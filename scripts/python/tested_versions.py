"""The versions a test environment runs, for the Tested versions page.

`python tested_versions.py` (run by an environment's interpreter) prints, as one JSON line, that
environment's Python and the installed version and required range of every package its
requirements name (examples/requirements/common.in plus django-X.Y.in).
`python tested_versions.py --combine` reads such lines on stdin and prints the page's data file,
src/data/tested-versions.json, with the date of the lock. `npm run versions:update` runs both;
examples/environment/tests checks that the file matches the environment the tests run in.
"""

import json
import platform
import sys
from importlib import metadata
from pathlib import Path

import django
from packaging.requirements import Requirement

REQUIREMENTS_DIR = Path(__file__).resolve().parents[2] / "examples" / "requirements"


def environment_name() -> str:
    """The environment is named after its Django line, e.g. django-6.1."""
    return f"django-{django.VERSION[0]}.{django.VERSION[1]}"


def requirements(name: str) -> list[Requirement]:
    found = []
    for path in (REQUIREMENTS_DIR / "common.in", REQUIREMENTS_DIR / f"{name}.in"):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line and not line.startswith("-"):
                found.append(Requirement(line))
    return sorted(found, key=lambda requirement: requirement.name.lower())


def tested_versions() -> dict:
    name = environment_name()
    return {
        "name": name,
        "python": platform.python_version(),
        "packages": {
            requirement.name: {
                "version": metadata.version(requirement.name),
                "required": str(requirement.specifier),
            }
            for requirement in requirements(name)
        },
    }


def combine(lines: list[str]) -> dict:
    return {
        "lockedOn": (REQUIREMENTS_DIR / "locked-on.txt")
        .read_text(encoding="utf-8")
        .strip(),
        "environments": [json.loads(line) for line in lines if line.strip()],
    }


if __name__ == "__main__":
    data = (
        combine(sys.stdin.readlines()) if "--combine" in sys.argv else tested_versions()
    )
    json.dump(data, sys.stdout, indent=2 if "--combine" in sys.argv else None)
    sys.stdout.write("\n")
