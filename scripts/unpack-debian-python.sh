#!/usr/bin/env bash
# Unpacks the packages in scripts/debian-python-packages.txt, plus a greenlet built for this
# Python, into .cache/python-debs (nothing is installed).
# Usage: unpack-debian-python.sh PYTHON
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=$1
log() { echo "[unpack-debian-python] $*" >&2; }

# greenlet is compiled: take it from the Debian release whose Python matches ours.
case "$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')" in
  3.11) greenlet=python3-greenlet/bookworm ;;
  3.13) greenlet=python3-greenlet/trixie ;;
  *) greenlet= ; log "no Debian greenlet matches this Python; async SQLAlchemy examples need: pip install greenlet" ;;
esac

mapfile -t packages < <(grep -v '^\s*#' scripts/debian-python-packages.txt | sed '/^\s*$/d' | sed 's#^\([^/]*\)$#\1/trixie#')
[ -n "$greenlet" ] && packages+=("$greenlet")

exec scripts/unpack-debian-packages.sh "$PWD/.cache/python-debs" "${packages[@]}"
