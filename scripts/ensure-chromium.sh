#!/usr/bin/env bash
# Makes sure a Chromium the browser tests can drive exists. Playwright cannot download its own
# browser here, so we use Debian's package, installed with apt-get when it is missing.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
log() { echo "[ensure-chromium] $*" >&2; }

if [ -x "$CHROMIUM" ]; then
  log "using $("$CHROMIUM" --version 2>/dev/null | head -1) at $CHROMIUM"
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  log "ERROR: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"; exit 1
fi
command -v apt-get >/dev/null || { log "ERROR: no Chromium at $CHROMIUM and no apt-get to install it; set CHROMIUM_PATH"; exit 1; }
SUDO=
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { log "ERROR: installing Chromium needs root; run: apt-get install chromium"; exit 1; }
  SUDO=sudo
fi
log "installing Debian's chromium package"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { log "ERROR: apt-get finished but $CHROMIUM is missing"; exit 1; }
log "installed $("$CHROMIUM" --version 2>/dev/null | head -1)"
