"""Prints, as JSON, the Python version and the versions of the packages the benchmark runs."""

import json
import platform
from importlib import metadata

PACKAGES = [
    "Django",
    "djangorestframework",
    "asgiref",
    "fastapi",
    "starlette",
    "pydantic",
    "pydantic-core",
    "SQLAlchemy",
    "psycopg",
    "psycopg-pool",
    "asyncpg",
    "gunicorn",
    "uvicorn",
    "uvloop",
    "httptools",
]


def installed(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def loads(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def libpq() -> str:
    import psycopg

    version = psycopg.pq.version()  # e.g. 150018 for 15.18
    return f"{version // 10000}.{version % 100} ({psycopg.pq.__impl__} implementation)"


print(
    json.dumps(
        {
            "python": platform.python_version(),
            "packages": {
                name: version for name in PACKAGES if (version := installed(name))
            },
            "libpq": libpq(),
            "uvloop": loads("uvloop"),
            "httptools": loads("httptools"),
        }
    )
)
