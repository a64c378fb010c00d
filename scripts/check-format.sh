#!/usr/bin/env bash
# Format checks: the Python (examples, the benchmark's servers, the scripts) with ruff (lint and
# format; examples/ruff.toml, run from the current test environment) and the site's code with Prettier (prettier.config.mjs). With --fix
# (`npm run format`), formats both instead, renumbering the pages' highlighted lines to follow the
# Python (scripts/python/format_examples.py).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python/environments.sh
current=${PYTHON_ENVIRONMENTS[-1]%%:*}
scripts/provision-python.sh "$current"
ruff=(".venv/$current/bin/ruff")
tools=(bench/frameworks scripts/python)  # no page shows their lines: formatted as they are
if [ "${1:-}" = --fix ]; then
  ".venv/$current/bin/python" scripts/python/format_examples.py
  "${ruff[@]}" check --fix --quiet --config examples/ruff.toml "${tools[@]}" || true
  "${ruff[@]}" format --quiet --config examples/ruff.toml "${tools[@]}"
  exec npx prettier --write --log-level warn .
fi
"${ruff[@]}" check examples
"${ruff[@]}" format --check examples
"${ruff[@]}" check --config examples/ruff.toml "${tools[@]}"
"${ruff[@]}" format --check --config examples/ruff.toml "${tools[@]}"
echo "ruff: lint and format clean"
npx prettier --check --log-level warn .
echo "prettier: clean"
