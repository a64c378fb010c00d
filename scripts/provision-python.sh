#!/usr/bin/env bash
# Makes the Python packages the examples need available, in this order:
#   1. an interpreter that already has them ($PYTHON, default python3);
#   2. a virtualenv in .venv filled by `pip install -r examples/requirements.txt`;
#   3. Debian's pure-Python packages, unpacked (not installed) into .cache/python-debs.
# Writes the choice to .cache/python-env (PYTHON=..., PYTHONPATH=...) for the test scripts.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUIREMENTS=examples/requirements.txt
ENV_FILE=.cache/python-env
BASE_PYTHON=${PYTHON:-python3}
mkdir -p .cache
# One provisioning at a time: parallel test runs would otherwise build .venv together.
exec 9>.cache/provision.lock
flock 9

log() { echo "[provision-python] $*" >&2; }
fail() { log "ERROR: $*"; exit 1; }

satisfied() { # satisfied PYTHON [PYTHONPATH]
  PYTHONPATH="${2:-}" "$1" scripts/python_env_check.py "$REQUIREMENTS" 2>/dev/null
}

write_env() {
  printf 'PYTHON=%s\nPYTHONPATH=%s\n' "$1" "$2" > "$ENV_FILE"
  log "using $1${2:+ with PYTHONPATH=$2} ($(PYTHONPATH="$2" "$1" -c 'import django, fastapi, sqlalchemy, pydantic; print(f"Django {django.__version__}, FastAPI {fastapi.__version__}, SQLAlchemy {sqlalchemy.__version__}, Pydantic {pydantic.__version__}")'))"
}

command -v "$BASE_PYTHON" >/dev/null || fail "no Python interpreter '$BASE_PYTHON'; install Python 3.11+ or set PYTHON"

# 1. The interpreter already has everything.
if satisfied "$BASE_PYTHON"; then
  log "source: the interpreter '$BASE_PYTHON' already has every pin"
  write_env "$("$BASE_PYTHON" -c 'import sys; print(sys.executable)')" ""
  exit 0
fi

# A previous run's choice that still holds.
if [ -f "$ENV_FILE" ]; then
  previous_python=$(sed -n 's/^PYTHON=//p' "$ENV_FILE"); previous_path=$(sed -n 's/^PYTHONPATH=//p' "$ENV_FILE")
  if [ -x "$previous_python" ] && satisfied "$previous_python" "$previous_path"; then
    log "source: unchanged since the last run ($ENV_FILE)"
    write_env "$previous_python" "$previous_path"
    exit 0
  fi
fi

# 2. A virtualenv from a package index.
if [ -x .venv/bin/python ] && satisfied .venv/bin/python; then
  log "source: existing .venv"
  write_env "$PWD/.venv/bin/python" ""
  exit 0
fi
if [ "${PROVISION_SKIP_PIP:-}" != 1 ] && "$BASE_PYTHON" -m venv .venv >/dev/null 2>&1; then
  log "trying: pip install -r $REQUIREMENTS into .venv"
  if .venv/bin/python -m pip install --quiet --disable-pip-version-check --timeout 10 --retries 0 \
      -r "$REQUIREMENTS" >.cache/pip-install.log 2>&1 && satisfied .venv/bin/python; then
    log "source: pip (log in .cache/pip-install.log)"
    write_env "$PWD/.venv/bin/python" ""
    exit 0
  fi
  log "pip could not install the pins (see .cache/pip-install.log); falling back to Debian packages"
  rm -rf .venv
fi

# 3. Debian's packages, unpacked next to the base interpreter's own site-packages.
scripts/unpack-debian-python.sh "$BASE_PYTHON" || fail "could not fetch Debian's Python packages (see messages above)"
DEB_PATH="$PWD/.cache/python-debs/usr/lib/python3/dist-packages"
if satisfied "$BASE_PYTHON" "$DEB_PATH"; then
  log "source: Debian packages unpacked in .cache/python-debs"
  write_env "$("$BASE_PYTHON" -c 'import sys; print(sys.executable)')" "$DEB_PATH"
  exit 0
fi
PYTHONPATH="$DEB_PATH" "$BASE_PYTHON" scripts/python_env_check.py "$REQUIREMENTS" || true
fail "the pins above are still missing; install them with: pip install -r $REQUIREMENTS"
