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


def read_requirements(path: str) -> list[tuple[str, str]]:
    """(name, version specifier) for each requirement line, comments and blanks skipped."""
    requirements = []
    with open(path, encoding="utf-8") as lines:
        content = lines.read().splitlines()
    for line in content:
        requirement = line.split("#", 1)[0].strip()
        if requirement:
            name = re.split(r"[<>=!~\s\[]", requirement, maxsplit=1)[0]
            requirements.append((name, requirement[len(name):]))
    return requirements


def missing_requirements(path: str) -> list[str]:
    missing = []
    for name, spec in read_requirements(path):
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            missing.append(f"{name}{spec} (not installed)")
            continue
        if not satisfies(installed, spec):
            missing.append(f"{name}{spec} (found {installed})")
    return missing


if __name__ == "__main__":
    problems = missing_requirements(sys.argv[1])
    for problem in problems:
        print(f"  missing: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)
