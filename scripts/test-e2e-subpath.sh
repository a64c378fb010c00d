#!/usr/bin/env bash
# The browser tests against a build served under a sub-path, as GitHub Pages serves a project site
# (https://owner.github.io/repository/). The build goes to .cache/dist-subpath, so dist/ keeps the
# root build that `npm run preview` and `npm run bench` use; astro.config.mjs, `astro preview` and
# the tests all read BASE_PATH and OUT_DIR from this environment.
set -euo pipefail
export BASE_PATH=/django-to-fastapi/
export OUT_DIR=.cache/dist-subpath
export E2E_PORT=${SUBPATH_E2E_PORT:-4323}  # not test:e2e's 4322
export SITE_URL=http://127.0.0.1:$E2E_PORT
npm run build
npm run test:e2e
