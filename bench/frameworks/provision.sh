#!/usr/bin/env bash
# Prepares everything the framework benchmark needs, without a package index:
#   1. the examples' Python environment (scripts/provision-python.sh, .cache/python-env);
#   2. PostgreSQL and wrk, installed with apt-get when missing (root, or sudo);
#   3. psycopg 3, psycopg_pool, gunicorn and, when they match the interpreter, uvloop and httptools:
#      Debian packages unpacked (not installed) into .cache/bench-python by
#      scripts/unpack-debian-packages.sh, layered on top of .cache/python-env.
# Writes .cache/bench-python-env (PYTHON, PYTHONPATH, LD_LIBRARY_PATH) for run.ts and smoke.ts.
set -euo pipefail
cd "$(dirname "$0")/../.."
log() { echo "[bench-provision] $*" >&2; }
fail() { log "ERROR: $*"; exit 1; }

scripts/provision-python.sh
# shellcheck disable=SC1091
. .cache/python-env
BASE_PYTHONPATH=$PYTHONPATH

exec 8>.cache/bench-provision.lock
flock 8

# --- 2. System tools --------------------------------------------------------------------------
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

# --- 3. Python packages -----------------------------------------------------------------------
TARGET=$PWD/.cache/bench-python
ENV_FILE=.cache/bench-python-env

py_minor=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
packages=(python3-psycopg/trixie python3-psycopg-pool/trixie python3-gunicorn/trixie)
# uvloop and httptools are compiled: take them from the Debian release built for our Python.
# Debian's httptools links the system http-parser library, unpacked too (LD_LIBRARY_PATH below).
case "$py_minor" in
  3.11) packages+=(python3-uvloop/bookworm python3-httptools/bookworm libhttp-parser2.9/bookworm) ;;
  3.13) packages+=(python3-uvloop/trixie python3-httptools/trixie libhttp-parser2.9/trixie) ;;
  *) log "no Debian uvloop/httptools for Python $py_minor: uvicorn will use asyncio and h11" ;;
esac
PYTHONPATH=$BASE_PYTHONPATH "$PYTHON" -c 'import packaging' 2>/dev/null || packages+=(python3-packaging/trixie)
PYTHONPATH=$BASE_PYTHONPATH "$PYTHON" -c 'import typing_extensions' 2>/dev/null || packages+=(python3-typing-extensions/trixie)

stamp="python $py_minor: ${packages[*]}"
if [ -f "$TARGET/.packages" ] && [ "$(cat "$TARGET/.packages")" = "$stamp" ]; then
  log "Python packages already unpacked in ${TARGET#$PWD/}"
else
  scripts/unpack-debian-packages.sh "$TARGET" "${packages[@]}" || fail "could not fetch the benchmark's Debian packages"
  echo "$stamp" > "$TARGET/.packages"
fi

BENCH_PATH="$TARGET/usr/lib/python3/dist-packages"
FULL_PATH="$BENCH_PATH${BASE_PYTHONPATH:+:$BASE_PYTHONPATH}"
http_parser=$(find "$TARGET/usr/lib" -name 'libhttp_parser.so*' -print -quit)
LIB_PATH=${http_parser:+$(dirname "$http_parser")}
export LD_LIBRARY_PATH="$LIB_PATH${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
PYTHONPATH=$FULL_PATH "$PYTHON" -c 'import psycopg, psycopg_pool, gunicorn, uvicorn, django, fastapi' \
  || fail "the benchmark's Python packages do not import (see the error above)"
for optional in uvloop httptools; do
  PYTHONPATH=$FULL_PATH "$PYTHON" -c "import $optional" 2>/dev/null \
    && log "$optional loads" || log "$optional does not load with this Python; uvicorn will do without it"
done
printf 'PYTHON=%s\nPYTHONPATH=%s\nLD_LIBRARY_PATH=%s\n' "$PYTHON" "$FULL_PATH" "$LIB_PATH" > "$ENV_FILE"
log "wrote $ENV_FILE ($(PYTHONPATH=$FULL_PATH "$PYTHON" -c 'import psycopg, gunicorn; print(f"psycopg {psycopg.__version__}, gunicorn {gunicorn.__version__}")'))"
