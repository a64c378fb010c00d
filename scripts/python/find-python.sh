#!/usr/bin/env bash
# Usage: find-python.sh MINIMUM [oldest|newest]
# Prints the path of a CPython at least as new as MINIMUM (for example 3.12), the newest found
# (or, with "oldest", the oldest, so that the oldest supported Python is tested) among: $PYTHON, python3.N and python3 on PATH, pyenv's versions, then one built
# earlier by build-cpython.sh. Builds one from Debian's source package when none is found.
set -euo pipefail
cd "$(dirname "$0")/../.."
minimum=$1 prefer=${2:-newest}
log() { echo "[find-python] $*" >&2; }

version_of() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null; }
at_least() { [ "$(printf '%s\n%s\n' "$minimum" "$1" | sort -V | head -1)" = "$minimum" ]; }

candidates=()
[ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
for minor in 14 13 12 11; do candidates+=("python3.$minor"); done
candidates+=(python3)
if command -v pyenv >/dev/null; then
  candidates+=("$(pyenv root)"/versions/3.*/bin/python3)
fi
candidates+=(.cache/cpython/bin/python3)

best="" best_version=""
for candidate in "${candidates[@]}"; do
  # pyenv's shims exist for versions that are not active and fail when run: version_of skips them.
  version=$(version_of "$candidate") || continue
  [ -n "$version" ] && at_least "$version" || continue
  pick=$(printf '%s\n%s\n' "$best_version" "$version" | sort -V | { [ "$prefer" = oldest ] && head -1 || tail -1; })
  if [ -z "$best" ] || { [ "$pick" = "$version" ] && [ "$version" != "$best_version" ]; }; then
    best=$("$candidate" -c 'import sys; print(sys.executable)') best_version=$version
  fi
done
if [ -n "$best" ]; then
  echo "$best"
  exit 0
fi
log "no Python $minimum or later on this machine: building CPython from Debian's source package"
scripts/python/build-cpython.sh >&2
echo "$PWD/.cache/cpython/bin/python3"
