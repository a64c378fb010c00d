#!/usr/bin/env bash
# Lists, per test environment, the locked packages that have newer releases on the package index
# (newer than the lock, whether or not the requirements allow them). Not part of the tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/python/environments.sh
scripts/provision-python.sh
for environment in "${PYTHON_ENVIRONMENTS[@]}"; do
  name=${environment%%:*}
  echo "== $name (locked on $(cat examples/requirements/locked-on.txt))"
  .cache/uv/bin/uv pip list --outdated --python ".venv/$name/bin/python"
done
