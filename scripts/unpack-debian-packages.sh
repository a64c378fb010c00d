#!/usr/bin/env bash
# Downloads Debian packages from the mirror this machine's apt already uses and unpacks them into
# a directory (nothing is installed). Shared by the examples' and the benchmark's provisioning.
# Usage: unpack-debian-packages.sh TARGET_DIR PACKAGE/SUITE...   (suites: trixie, trixie-backports, bookworm)
set -euo pipefail
cd "$(dirname "$0")/.."
TARGET=$1; shift
APT_DIR=$PWD/.cache/apt
DEB_DIR=$TARGET.debs
log() { echo "[unpack-debian-packages] $*" >&2; }

command -v apt-get >/dev/null || { log "apt-get not found: this needs a Debian-based machine"; exit 1; }
[ $# -gt 0 ] || { log "no packages given"; exit 1; }

# The mirror is whatever this machine's apt is configured with; the repository names none.
mirror=$( { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
            grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{for (i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; break}}'; } \
          | grep -v -- "-security" | grep "/debian/\?$" | head -1 || true)
[ -n "$mirror" ] || { log "no Debian mirror found in /etc/apt sources"; exit 1; }
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$DEB_DIR"
# One caller at a time reads the package lists they share.
exec 7>"$APT_DIR/lock"
flock 7
for suite in trixie trixie-backports bookworm; do
  echo "deb [signed-by=$keyring] $mirror $suite main"
done > "$APT_DIR/sources.list"
APT_OPTS=(-o "Dir::Etc::SourceList=$APT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null
          -o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::Cache=$APT_DIR/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)

if [ -z "$(find "$APT_DIR/lists" -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
  log "reading package lists from $mirror"
  apt-get "${APT_OPTS[@]}" -qq update
fi

log "downloading $# packages into ${DEB_DIR#$PWD/}"
rm -f "$DEB_DIR"/*.deb  # only the current list, no leftovers from an older one
(cd "$DEB_DIR" && apt-get "${APT_OPTS[@]}" -qq download "$@")

# Unpack beside the old tree, then swap, so a run in progress never sees half a tree.
rm -rf "$TARGET.new" "$TARGET.old" && mkdir -p "$TARGET.new"
for deb in "$DEB_DIR"/*.deb; do dpkg-deb -x "$deb" "$TARGET.new"; done
[ -d "$TARGET" ] && mv "$TARGET" "$TARGET.old"
mv "$TARGET.new" "$TARGET" && rm -rf "$TARGET.old"
log "unpacked into ${TARGET#$PWD/}"
