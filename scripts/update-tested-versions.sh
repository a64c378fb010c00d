#!/usr/bin/env bash
# Records the versions the examples run with into src/data/tested-versions.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/provision-python.sh
set -a; . .cache/python-env; set +a
"$PYTHON" scripts/tested_versions.py > src/data/tested-versions.json
cat src/data/tested-versions.json
