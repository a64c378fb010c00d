#!/usr/bin/env bash
# Starts PostgreSQL and each benchmarked server briefly and checks every endpoint's answers.
set -euo pipefail
cd "$(dirname "$0")/../.."
bench/frameworks/provision.sh
PATH="$PWD/node_modules/.bin:$PATH" exec node bench/frameworks/smoke.ts
