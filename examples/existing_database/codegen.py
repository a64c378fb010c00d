import subprocess
import sys

from existing_database.reflection import APP_PREFIX

DJANGO_TABLES = [
    f"{APP_PREFIX}{name}" for name in ["publisher", "tag", "book", "book_tags"]
]


# region codegen
def generate_models(database_url: str, generator: str = "declarative") -> str:
    """The CLI, as you would run it: sqlacodegen URL --generator G --tables a,b"""
    command = [sys.executable, "-m", "sqlacodegen", database_url]
    command += ["--generator", generator, "--tables", ",".join(DJANGO_TABLES)]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


# endregion codegen
