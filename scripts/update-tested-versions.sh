#!/usr/bin/env bash
# Records the versions each test environment runs into src/data/tested-versions.json.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python/environments.sh
scripts/provision-python.sh
for environment in "${PYTHON_ENVIRONMENTS[@]}"; do
  ".venv/${environment%%:*}/bin/python" scripts/python/tested_versions.py
done | ".venv/${PYTHON_ENVIRONMENTS[-1]%%:*}/bin/python" scripts/python/tested_versions.py --combine \
  > src/data/tested-versions.json
cat src/data/tested-versions.json
