#!/usr/bin/env bash
# Runs every example under examples/ with pytest, in the environment provision-python.sh chose.
# EXAMPLES_REQUIRE_ALL=1 makes the run fail if a file a page can show was never imported.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/provision-python.sh
set -a; . .cache/python-env; set +a
export PYTHONDONTWRITEBYTECODE=1 EXAMPLES_REQUIRE_ALL=1
cd examples
exec "$PYTHON" -m pytest "$@"
