"""Print, as JSON, the Python version and the version of every package pinned in
examples/requirements.txt, as installed in the running interpreter.

`npm run versions:update` writes it to src/data/tested-versions.json, which the
Reference > Tested versions page renders; examples/environment/tests checks they agree.
"""

import json
import platform
import sys
from importlib import metadata
from pathlib import Path

from python_env_check import read_requirements

REQUIREMENTS = Path(__file__).resolve().parent.parent / "examples" / "requirements.txt"


def pinned_names() -> list[str]:
    return [name for name, _ in read_requirements(str(REQUIREMENTS))]


def tested_versions() -> dict:
    return {
        "python": platform.python_version(),
        "packages": {
            name: {"version": metadata.version(name), "pinned": spec}
            for name, spec in read_requirements(str(REQUIREMENTS))
        },
    }


if __name__ == "__main__":
    json.dump(tested_versions(), sys.stdout, indent=2)
    sys.stdout.write("\n")
