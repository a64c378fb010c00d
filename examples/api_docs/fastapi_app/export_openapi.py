"""Write the OpenAPI schema to a file, for client generators and code review."""

import json
import sys
from pathlib import Path

from api_docs.fastapi_app.main import app


def export_schema(path: Path) -> None:
    # sort_keys keeps the file stable: a schema change is a readable diff.
    path.write_text(json.dumps(app.openapi(), indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    export_schema(Path(sys.argv[1] if len(sys.argv) > 1 else "openapi.json"))
