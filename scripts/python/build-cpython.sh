#!/usr/bin/env bash
# Builds CPython into .cache/cpython from the source release that Debian's python3.13 source
# package carries (the mirror this machine's apt already uses, a private deb-src list), with the
# build dependencies from apt. About three minutes on two cores; kept between runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
PREFIX=$PWD/.cache/cpython
WORK=$PWD/.cache/cpython-build
APT_DIR=$PWD/.cache/apt-src
log() { echo "[build-cpython] $*" >&2; }

[ -x "$PREFIX/bin/python3" ] && { log "already built: $("$PREFIX/bin/python3" --version)"; exit 0; }
command -v apt-get >/dev/null || { log "apt-get not found: install Python 3.12+ and set PYTHON"; exit 1; }
if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
  log "building needs root (or sudo) for apt-get; install Python 3.12+ and set PYTHON"; exit 1; fi

export DEBIAN_FRONTEND=noninteractive
build_deps=(build-essential pkg-config libssl-dev zlib1g-dev libbz2-dev libffi-dev libsqlite3-dev
            liblzma-dev libreadline-dev uuid-dev libgdbm-dev libncurses-dev xz-utils dpkg-dev)
log "installing the build dependencies with apt-get"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${build_deps[@]}" >/dev/null \
  || { "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${build_deps[@]}" >/dev/null; }

# The mirror is whatever this machine's apt is configured with; the repository names none.
mirror=$( { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
            grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{for (i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; break}}'; } \
          | grep -v -- "-security" | grep "/debian/\?$" | head -1 || true)
[ -n "$mirror" ] || { log "no Debian mirror found in /etc/apt sources"; exit 1; }
mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/cache/archives/partial"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" > "$APT_DIR/sources.list"
APT_OPTS=(-o "Dir::Etc::SourceList=$APT_DIR/sources.list" -o Dir::Etc::SourceParts=/dev/null
          -o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::Cache=$APT_DIR/cache" -o Debug::NoLocking=1
          -o APT::Sandbox::User=root)
apt-get "${APT_OPTS[@]}" -qq update

rm -rf "$WORK" && mkdir -p "$WORK"
log "downloading Debian's python3.13 source package"
(cd "$WORK" && apt-get "${APT_OPTS[@]}" -qq source --download-only python3.13)
tarball=$(find "$WORK" -maxdepth 1 -name 'python3.13_*.orig.tar.*' ! -name '*.asc' | head -1)
[ -n "$tarball" ] || { log "no upstream tarball in the source package"; exit 1; }
tar -xf "$tarball" -C "$WORK"
source_dir=$(find "$WORK" -maxdepth 1 -type d -name 'Python-3.13*' | head -1)

log "configuring and building $(basename "$source_dir") into ${PREFIX#$PWD/}"
(cd "$source_dir" && ./configure --prefix="$PREFIX" --with-ensurepip=install >"$WORK/configure.log" 2>&1 \
  && make -j"$(nproc)" >"$WORK/make.log" 2>&1 && make install >"$WORK/install.log" 2>&1) \
  || { log "build failed: see the logs in ${WORK#$PWD/}"; rm -rf "$PREFIX"; exit 1; }
"$PREFIX/bin/python3" -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, uuid' \
  || { log "the built Python lacks a standard module (see above)"; exit 1; }
rm -rf "$WORK"
log "built $("$PREFIX/bin/python3" --version) in ${PREFIX#$PWD/}"
