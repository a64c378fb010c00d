#!/usr/bin/env bash
# Creates or updates a virtual environment per test environment (scripts/python/environments.sh)
# in .venv/NAME, from the Python package index, holding exactly the versions locked in
# examples/requirements/NAME.txt; a reader gets the same with `pip install -r` on that file.
# Usage: provision-python.sh [NAME...]   (default: every environment)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=python/environments.sh
. scripts/python/environments.sh
log() { echo "[provision-python] $*" >&2; }
fail() { log "ERROR: $*"; exit 1; }

mkdir -p .cache
# One provisioning at a time: parallel test runs would otherwise build .venv together.
exec 9>.cache/provision.lock
flock 9

# uv, the installer, from the package index into a virtual environment of its own.
UV=.cache/uv/bin/uv
wanted_uv=$(sed -n 's/^uv==//p' scripts/python/uv-version.txt)
if [ "$("$UV" --version 2>/dev/null | awk '{print $2}')" != "$wanted_uv" ]; then
  log "installing uv $wanted_uv into .cache/uv"
  rm -rf .cache/uv
  python3 -m venv .cache/uv || fail "python3 -m venv failed: install Python 3.11+ with its venv module"
  .cache/uv/bin/python -m pip install --quiet --disable-pip-version-check -r scripts/python/uv-version.txt \
    || fail "pip could not install uv from the package index"
fi

for environment in "${PYTHON_ENVIRONMENTS[@]}"; do
  IFS=: read -r name minimum prefer <<<"$environment"
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  python=$(scripts/python/find-python.sh "$minimum" "$prefer") || fail "no Python $minimum+ for $name"
  venv=.venv/$name
  base=$("$venv/bin/python" -c 'import os, sys; print(os.path.realpath(sys._base_executable))' 2>/dev/null || true)
  if [ "$base" != "$(realpath "$python")" ]; then
    log "$name: new virtual environment in $venv on $python"
    "$UV" venv --quiet --clear --python "$python" "$venv"
  fi
  "$UV" pip sync --quiet --python "$venv/bin/python" "examples/requirements/$name.txt" \
    || fail "$name: could not install examples/requirements/$name.txt"
  log "$name: $("$venv/bin/python" -c 'import platform, django, fastapi, sqlalchemy, pydantic, rest_framework as drf
print(f"Python {platform.python_version()}, Django {django.__version__}, DRF {drf.__version__}, FastAPI {fastapi.__version__}, SQLAlchemy {sqlalchemy.__version__}, Pydantic {pydantic.__version__}")')"
done
