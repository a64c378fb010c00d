#!/usr/bin/env bash
# Format checks: the examples' Python with ruff (lint and format; examples/ruff.toml, run from the
# current test environment) and the site's code with Prettier (prettier.config.mjs). With --fix
# (`npm run format`), formats both instead, renumbering the pages' highlighted lines to follow the
# Python (scripts/python/format_examples.py).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python/environments.sh
current=${PYTHON_ENVIRONMENTS[-1]%%:*}
scripts/provision-python.sh "$current"
if [ "${1:-}" = --fix ]; then
  ".venv/$current/bin/python" scripts/python/format_examples.py
  exec npx prettier --write --log-level warn .
fi
".venv/$current/bin/ruff" check examples
".venv/$current/bin/ruff" format --check examples
echo "ruff: lint and format clean"
npx prettier --check --log-level warn .
echo "prettier: clean"
