#!/usr/bin/env bash
# Downloads the packages in scripts/debian-python-packages.txt from the Debian mirror this
# machine's apt already uses and unpacks them into .cache/python-debs (nothing is installed).
# Usage: unpack-debian-python.sh PYTHON
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=$1
APT_DIR=$PWD/.cache/apt
DEB_DIR=$PWD/.cache/debs
TARGET=$PWD/.cache/python-debs
log() { echo "[unpack-debian-python] $*" >&2; }

command -v apt-get >/dev/null || { log "apt-get not found: this fallback needs a Debian-based machine"; exit 1; }

# The mirror is whatever this machine's apt is configured with; the repository names none.
mirror=$( { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
            grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{for (i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; break}}'; } \
          | grep -v -- "-security" | grep "/debian/\?$" | head -1 || true)
[ -n "$mirror" ] || { log "no Debian mirror found in /etc/apt sources"; exit 1; }
keyring=/usr/share/keyrings/debian-archive-keyring.gpg

mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial" "$DEB_DIR"
{
  for suite in trixie trixie-backports bookworm; do
    echo "deb [signed-by=$keyring] $mirror $suite main"
  done
} > "$APT_DIR/sources.list"
APT_OPTS=(-o "Dir::Etc::SourceList=$APT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null
          -o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::Cache=$APT_DIR/cache" -o Debug::NoLocking=1 -o APT::Sandbox::User=root)

if [ -z "$(find "$APT_DIR/lists" -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
  log "reading package lists from $mirror"
  apt-get "${APT_OPTS[@]}" -qq update
fi

# greenlet is compiled: take it from the Debian release whose Python matches ours.
case "$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')" in
  3.11) greenlet=python3-greenlet/bookworm ;;
  3.13) greenlet=python3-greenlet/trixie ;;
  *) greenlet= ; log "no Debian greenlet matches this Python; async SQLAlchemy examples need: pip install greenlet" ;;
esac

mapfile -t packages < <(grep -v '^\s*#' scripts/debian-python-packages.txt | sed '/^\s*$/d' | sed 's#^\([^/]*\)$#\1/trixie#')
[ -n "$greenlet" ] && packages+=("$greenlet")

log "downloading ${#packages[@]} packages"
rm -f "$DEB_DIR"/*.deb  # only the current list, no leftovers from an older one
(cd "$DEB_DIR" && apt-get "${APT_OPTS[@]}" -qq download "${packages[@]}")

# Unpack beside the old tree, then swap, so a test run in progress never sees half a tree.
rm -rf "$TARGET.new" "$TARGET.old" && mkdir -p "$TARGET.new"
for deb in "$DEB_DIR"/*.deb; do dpkg-deb -x "$deb" "$TARGET.new"; done
[ -d "$TARGET" ] && mv "$TARGET" "$TARGET.old"
mv "$TARGET.new" "$TARGET" && rm -rf "$TARGET.old"
log "unpacked into ${TARGET#$PWD/}"
