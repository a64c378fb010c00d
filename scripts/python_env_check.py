"""Report which requirements in a pip requirements file this interpreter lacks.

Exit 0 when every pin is satisfied, 1 otherwise (one missing pin per line on stderr).
Uses only the standard library, so it runs on a bare interpreter.
"""

import re
import sys
from importlib import metadata

OPERATOR = re.compile(r"(>=|<=|==|<|>)\s*([0-9][0-9.]*)")


def as_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def satisfies(installed: str, spec: str) -> bool:
    have = as_tuple(installed)
    checks = {
        ">=": lambda want: have >= want,
        "<=": lambda want: have <= want,
        ">": lambda want: have > want,
        "<": lambda want: have < want,
        "==": lambda want: have[: len(want)] == want,
    }
    return all(checks[op](as_tuple(v)) for op, v in OPERATOR.findall(spec))


def missing_requirements(path: str) -> list[str]:
    missing = []
    for line in open(path, encoding="utf-8"):
        requirement = line.split("#", 1)[0].strip()
        if not requirement:
            continue
        name = re.split(r"[<>=!~\s\[]", requirement, maxsplit=1)[0]
        spec = requirement[len(name):]
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            missing.append(f"{requirement} (not installed)")
            continue
        if not satisfies(installed, spec):
            missing.append(f"{requirement} (found {installed})")
    return missing


if __name__ == "__main__":
    problems = missing_requirements(sys.argv[1])
    for problem in problems:
        print(f"  missing: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)
