#!/usr/bin/env bash
# Locks every test environment to the newest releases its requirements allow
# (examples/requirements/NAME.in -> NAME.txt, with hashes, valid on every Python the line
# supports), then installs them. Run the tests afterwards: `npm run test:examples`.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/python/environments.sh
scripts/provision-python.sh >/dev/null 2>&1 || true  # brings uv
for environment in "${PYTHON_ENVIRONMENTS[@]}"; do
  IFS=: read -r name minimum _ <<<"$environment"
  (cd examples/requirements && ../../.cache/uv/bin/uv pip compile --quiet --upgrade --universal \
    --generate-hashes --python-version "$minimum" --custom-compile-command "npm run python:lock" \
    "$name.in" -o "$name.txt")
  echo "locked examples/requirements/$name.txt"
done
date -u +%Y-%m-%d > examples/requirements/locked-on.txt
scripts/provision-python.sh
