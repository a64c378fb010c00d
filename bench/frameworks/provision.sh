#!/usr/bin/env bash
# Prepares everything the framework benchmark needs:
#   1. the current test environment (.venv/django-6.1, scripts/provision-python.sh), which holds
#      the servers and the driver too: gunicorn, uvicorn with uvloop and httptools, psycopg;
#   2. PostgreSQL and wrk, installed with apt-get when missing (root, or sudo).
# Writes .cache/bench-python-env (PYTHON=...) for run.ts and smoke.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { echo "[bench-provision] $*" >&2; }
fail() { log "ERROR: $*"; exit 1; }

. scripts/python/environments.sh
current=${PYTHON_ENVIRONMENTS[-1]%%:*}
scripts/provision-python.sh "$current"
PYTHON=$PWD/.venv/$current/bin/python

exec 8>.cache/bench-provision.lock
flock 8

missing=()
command -v wrk >/dev/null || missing+=(wrk)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
    fail "missing ${missing[*]}; install them with: apt-get install ${missing[*]}"; fi
  log "installing ${missing[*]} with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } \
    || fail "apt-get could not install ${missing[*]}"
  # The Debian package starts a cluster of its own; the benchmark starts a private one instead.
fi

"$PYTHON" -c 'import psycopg, psycopg_pool, asyncpg, gunicorn, uvicorn, uvloop, httptools, django, fastapi' \
  || fail "the benchmark's Python packages do not import (see the error above)"
printf 'PYTHON=%s\n' "$PYTHON" > .cache/bench-python-env
log "wrote .cache/bench-python-env ($("$PYTHON" -c 'import psycopg, gunicorn, uvicorn; print(f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), gunicorn {gunicorn.__version__}, uvicorn {uvicorn.__version__}")'))"
