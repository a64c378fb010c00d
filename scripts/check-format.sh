#!/usr/bin/env bash
# Lints and format-checks the examples' Python with ruff (settings: examples/ruff.toml), from the
# current test environment. `npm run format` applies the formatter.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python/environments.sh
current=${PYTHON_ENVIRONMENTS[-1]%%:*}
scripts/provision-python.sh "$current"
ruff=.venv/$current/bin/ruff
"$ruff" check examples
"$ruff" format --check examples
echo "ruff: lint and format clean"
