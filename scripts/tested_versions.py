"""Print, as JSON, the Python version and the version of every package pinned in
examples/requirements.txt, as installed in the running interpreter.

`npm run versions:update` writes it to src/data/tested-versions.json, which the
Reference > Tested versions page renders; examples/environment/tests checks they agree.
"""

import json
import platform
import re
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pinned_names() -> list[str]:
    names = []
    for line in (ROOT / "examples" / "requirements.txt").read_text().splitlines():
        requirement = line.split("#", 1)[0].strip()
        if requirement:
            names.append(re.split(r"[<>=!~\s\[]", requirement, maxsplit=1)[0])
    return names


def tested_versions() -> dict:
    return {
        "python": platform.python_version(),
        "packages": {name: metadata.version(name) for name in pinned_names()},
    }


if __name__ == "__main__":
    json.dump(tested_versions(), sys.stdout, indent=2)
    sys.stdout.write("\n")
