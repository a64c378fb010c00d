#!/usr/bin/env bash
# Lints and format-checks the examples' Python with ruff (settings: examples/ruff.toml), from the
# current test environment. With --fix (`npm run format`), formats them instead, renumbering the
# pages' highlighted lines to follow the code (scripts/python/format_examples.py).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python/environments.sh
current=${PYTHON_ENVIRONMENTS[-1]%%:*}
scripts/provision-python.sh "$current"
if [ "${1:-}" = --fix ]; then
  exec ".venv/$current/bin/python" scripts/python/format_examples.py
fi
".venv/$current/bin/ruff" check examples
".venv/$current/bin/ruff" format --check examples
echo "ruff: lint and format clean"
