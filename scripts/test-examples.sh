#!/usr/bin/env bash
# Runs every example under examples/ with pytest in each test environment
# (scripts/python/environments.sh), warnings as errors, then checks that every test skipped on one
# Django line for its version passed on another. Arguments go to pytest (e.g. -k data_modeling);
# EXAMPLES_ENV=django-6.1 runs one environment only.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python/environments.sh
scripts/provision-python.sh ${EXAMPLES_ENV:-}
OUTCOMES=$PWD/.cache/example-outcomes
rm -rf "$OUTCOMES" && mkdir -p "$OUTCOMES"
export PYTHONDONTWRITEBYTECODE=1 EXAMPLES_REQUIRE_ALL=1

failed=()
for environment in "${PYTHON_ENVIRONMENTS[@]}"; do
  name=${environment%%:*}
  [ -n "${EXAMPLES_ENV:-}" ] && [ "$name" != "$EXAMPLES_ENV" ] && continue
  echo "== examples on $name: $(".venv/$name/bin/python" --version), $(".venv/$name/bin/python" -m django --version | sed 's/^/Django /')"
  started=$SECONDS
  (cd examples && EXAMPLES_OUTCOMES_FILE="$OUTCOMES/$name" "../.venv/$name/bin/python" -m pytest "$@") \
    || failed+=("$name")
  echo "== $name took $((SECONDS - started)) s"
done
[ ${#failed[@]} -eq 0 ] || { echo "examples failed on: ${failed[*]}" >&2; exit 1; }

# A test marked for one Django line must have run somewhere: skipping it everywhere hides it.
[ -n "${EXAMPLES_ENV:-}" ] && exit 0  # one environment only: nothing to compare with
unrun=$(cd "$OUTCOMES" && for file in *; do
  sed -n 's/^version-skipped //p' "$file" | while read -r test; do
    grep -qxF "passed $test" $(ls | grep -vxF "$file") /dev/null 2>/dev/null || echo "$test"
  done
done | sort -u)
if [ -n "$unrun" ]; then
  echo "tests skipped for their Django version that passed on no other line:" >&2
  echo "$unrun" | sed 's/^/  /' >&2
  exit 1
fi
