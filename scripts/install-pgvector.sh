#!/usr/bin/env bash
# Builds and installs the pgvector extension into the local PostgreSQL server
# from Debian trixie's source package (Debian 12 does not package it).
#
#   sudo bash scripts/install-pgvector.sh
#
# - Pinned: pgvector ${PGVECTOR_VERSION} (what trixie ships); stops if the
#   archive has another version, so a new upstream release is reviewed first.
# - Verified: apt checks the trixie index against the Debian archive key the
#   machine already trusts, the .dsc is checked against that signed index, and
#   dpkg-source checks the tarballs against the .dsc (no --no-check).
# - The mirror is the one this machine's apt sources already use. The trixie
#   source index is read into a private apt state in a temporary directory:
#   the machine's apt sources and package lists are never changed.
# - Built as an unprivileged user (nobody, when run as root); only
#   `make install` runs as root.
# - Build packages that were missing are installed for the build and purged
#   afterwards (exactly the packages this run added).
# Idempotent: returns at once when the extension is already installed.
#
# Environment: PG_MAJOR (default: newest in /etc/postgresql), PGVECTOR_VERSION
# (default 0.8.0), PGVECTOR_FORCE=1 (build even if installed),
# PGVECTOR_DESTDIR (install into a staging directory instead, for checking),
# APT_ETC (default /etc/apt; where the apt sources are read).
# `--print-mirror` only prints the Debian mirror it would use.
set -euo pipefail

PGVECTOR_VERSION="${PGVECTOR_VERSION:-0.8.0}"
PG_MAJOR="${PG_MAJOR:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)}"
PG_MAJOR="${PG_MAJOR:-15}"
PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config"
EXT_DIR="/usr/share/postgresql/${PG_MAJOR}/extension"
APT_ETC="${APT_ETC:-/etc/apt}"
# Left behind by an earlier version of this script: a permanent trixie deb-src entry.
LEGACY_SOURCE="${APT_ETC}/sources.list.d/trixie-src.list"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

die() { echo "install-pgvector: $*" >&2; exit 1; }

# --- The Debian mirror this machine already uses (first Debian archive entry of its apt
# sources; the legacy trixie entry is the old script's, not the machine's choice).
mirror_from_sources() {
  local f
  # deb822 files: a stanza's URIs line (skipping the security archive).
  for f in "$APT_ETC"/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      /^[[:space:]]*#/ { next }
      /^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/ && $i !~ /security/) { print $i; exit } }
    ' "$f"
  done
  # One-line format.
  for f in "$APT_ETC"/sources.list "$APT_ETC"/sources.list.d/*.list; do
    [ -f "$f" ] && [ "$f" != "$LEGACY_SOURCE" ] || continue
    awk '
      /^[[:space:]]*deb(-src)?[[:space:]]/ {
        for (i = 2; i <= NF; i++) {
          if ($i ~ /^\[/) { while ($i !~ /\]$/ && i < NF) i++; continue }
          if ($i ~ /^(https?|ftp|file|mirror\+[a-z]+):/) { if ($i ~ /\/debian\/?$/ && $i !~ /security/) print $i; break }
        }
      }
    ' "$f"
  done
}
if [ "${1:-}" = "--print-mirror" ]; then
  mirror_from_sources | grep -v '^$' | head -n 1 || true
  exit 0
fi

if [ -f "$LEGACY_SOURCE" ]; then
  echo "Removing ${LEGACY_SOURCE} (a permanent trixie source left by an older version of this script)..."
  $SUDO rm -f "$LEGACY_SOURCE"
  $SUDO apt-get update -qq
fi

if [ -f "${EXT_DIR}/vector.control" ] && [ "${PGVECTOR_FORCE:-0}" != "1" ]; then
  installed="$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "${EXT_DIR}/vector.control")"
  echo "pgvector ${installed:-?} already installed for PostgreSQL ${PG_MAJOR}"
  if [ -n "$installed" ] && [ "$installed" != "$PGVECTOR_VERSION" ]; then
    echo "note: this script pins ${PGVECTOR_VERSION}; the installed version was left as it is" >&2
  fi
  exit 0
fi

MIRROR="$(mirror_from_sources | grep -v "^$" | head -n 1 || true)"
MIRROR="${MIRROR%/}"
[ -n "$MIRROR" ] || die "no Debian archive found in ${APT_ETC}/sources.list or ${APT_ETC}/sources.list.d/; add your Debian mirror there first"

KEYRING=""
for k in /usr/share/keyrings/debian-archive-trixie-automatic.gpg /usr/share/keyrings/debian-archive-keyring.gpg; do
  if [ -f "$k" ]; then KEYRING="$k"; break; fi
done
[ -n "$KEYRING" ] || die "no Debian archive keyring with the trixie key; install or upgrade the debian-archive-keyring package"

WORK="$(mktemp -d)"
chmod 755 "$WORK"
ADDED_PACKAGES=""
cleanup() {
  local status=$?
  if [ -n "$ADDED_PACKAGES" ]; then
    echo "Removing the build packages this run installed: ${ADDED_PACKAGES}"
    # shellcheck disable=SC2086
    $SUDO apt-get purge -y -qq $ADDED_PACKAGES >/dev/null || echo "install-pgvector: could not remove ${ADDED_PACKAGES}; remove them by hand" >&2
  fi
  $SUDO rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT

# --- Build packages: install the missing ones, remember exactly what was added.
needed=("postgresql-server-dev-${PG_MAJOR}" build-essential dpkg-dev)
missing=()
for p in "${needed[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing build packages for the build only: ${missing[*]}"
  dpkg-query -W -f='${Package}\n' | sort >"$WORK/before"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  dpkg-query -W -f='${Package}\n' | sort >"$WORK/after"
  ADDED_PACKAGES="$(comm -13 "$WORK/before" "$WORK/after" | tr '\n' ' ')"
fi

# --- A private apt state that knows only trixie's source index, signed by the Debian archive key.
APTDIR="$WORK/apt"
mkdir -p "$APTDIR/lists/partial" "$APTDIR/cache/archives/partial" "$APTDIR/parts"
cat >"$APTDIR/trixie-src.sources" <<EOF
Types: deb-src
URIs: ${MIRROR}
Suites: trixie
Components: main
Signed-By: ${KEYRING}
EOF
if [ "$(id -u)" -eq 0 ]; then chown -R _apt "$APTDIR/lists" "$APTDIR/cache" 2>/dev/null || true; fi
APT_OPTS=(
  -o "Dir::Etc::SourceList=$APTDIR/trixie-src.sources"
  -o "Dir::Etc::SourceParts=$APTDIR/parts"
  -o "Dir::State::Lists=$APTDIR/lists"
  -o "Dir::Cache=$APTDIR/cache"
  -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache="
  -o "APT::Sandbox::User=$( [ "$(id -u)" -eq 0 ] && echo _apt || id -un )"
)
echo "Reading trixie's source index from ${MIRROR} (signature checked with ${KEYRING})..."
apt-get "${APT_OPTS[@]}" update -qq

available="$(apt-cache "${APT_OPTS[@]}" showsrc pgvector | sed -n 's/^Version: //p' | sort -uV)"
FULL_VERSION="$(printf '%s\n' "$available" | grep -E "^${PGVECTOR_VERSION//./\\.}-" | tail -n 1 || true)"
if [ -z "$FULL_VERSION" ]; then
  die "Debian trixie has pgvector ${available:-(none)}, but this script is pinned to ${PGVECTOR_VERSION}. Review the new version, then run with PGVECTOR_VERSION=<version> (and update the pin in scripts/install-pgvector.sh)."
fi

# --- Download (root only writes files the _apt sandbox hands over) and verify the .dsc.
DL="$WORK/download"
mkdir -p "$DL"
if [ "$(id -u)" -eq 0 ]; then chown _apt "$DL"; fi
echo "Fetching pgvector ${FULL_VERSION} source..."
(cd "$DL" && apt-get "${APT_OPTS[@]}" source --download-only -qq "pgvector=${FULL_VERSION}" >/dev/null)
DSC="$(ls "$DL"/pgvector_*.dsc)"
expected="$(apt-cache "${APT_OPTS[@]}" showsrc pgvector |
  awk -v v="$FULL_VERSION" -v f="$(basename "$DSC")" '
    /^$/ { ver = ""; on = 0 }
    /^Version: / { ver = $2 }
    /^Checksums-Sha256:/ { on = 1; next }
    /^[^ ]/ { on = 0 }
    on && ver == v && $3 == f { print $1; exit }')"
actual="$(sha256sum "$DSC" | cut -d' ' -f1)"
[ -n "$expected" ] && [ "$expected" = "$actual" ] || die "$(basename "$DSC") does not match trixie's signed source index (expected ${expected:-nothing}, got ${actual}); not building"
echo "Verified $(basename "$DSC") against the signed index (sha256 ${actual})"

# --- Unpack and build without privileges.
BUILD="$WORK/build"
mkdir -p "$BUILD"
cp "$DL"/pgvector_* "$BUILD"/
as_builder() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}
if [ "$(id -u)" -eq 0 ]; then chown -R nobody:nogroup "$BUILD"; fi
# dpkg-source checks every tarball against the .dsc's checksums; without the Debian developers'
# keyring (package debian-keyring) it cannot check the uploader's signature and says so.
(cd "$BUILD" && as_builder env HOME="$BUILD" dpkg-source -x "$(basename "$DSC")" src >/dev/null)
echo "Building pgvector ${FULL_VERSION} against PostgreSQL ${PG_MAJOR} as $( [ "$(id -u)" -eq 0 ] && echo nobody || id -un )..."
(cd "$BUILD/src" && as_builder env HOME="$BUILD" make -s PG_CONFIG="$PG_CONFIG" OPTFLAGS="" >/dev/null)
built="$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" "$BUILD/src/vector.control")"
[ "$built" = "$PGVECTOR_VERSION" ] || die "the source built pgvector ${built}, expected ${PGVECTOR_VERSION}"

# --- Only the install needs root.
if [ -n "${PGVECTOR_DESTDIR:-}" ]; then
  (cd "$BUILD/src" && $SUDO make -s install PG_CONFIG="$PG_CONFIG" DESTDIR="$PGVECTOR_DESTDIR" >/dev/null)
  echo "pgvector ${PGVECTOR_VERSION} staged in ${PGVECTOR_DESTDIR} (not installed)"
else
  (cd "$BUILD/src" && $SUDO make -s install PG_CONFIG="$PG_CONFIG" >/dev/null)
  echo "pgvector ${PGVECTOR_VERSION} installed for PostgreSQL ${PG_MAJOR}"
fi
