#!/usr/bin/env bash
# Builds and installs the pgvector extension into the local PostgreSQL server
# from Debian trixie's source package (Debian 12 does not package it).
# Idempotent: returns at once when the extension is already installed.
set -euo pipefail

PG_MAJOR="${PG_MAJOR:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)}"
PG_MAJOR="${PG_MAJOR:-15}"
EXT_DIR="/usr/share/postgresql/${PG_MAJOR}/extension"

if [ -f "${EXT_DIR}/vector.control" ]; then
  echo "pgvector already installed for PostgreSQL ${PG_MAJOR}"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

echo "Installing build dependencies for PostgreSQL ${PG_MAJOR}..."
export DEBIAN_FRONTEND=noninteractive
if ! dpkg -s "postgresql-server-dev-${PG_MAJOR}" >/dev/null 2>&1 || ! command -v dpkg-source >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "postgresql-server-dev-${PG_MAJOR}" build-essential dpkg-dev >/dev/null
fi

SRC_LIST=/etc/apt/sources.list.d/trixie-src.list
if [ ! -f "$SRC_LIST" ]; then
  echo "deb-src http://deb.debian.org/debian trixie main" | $SUDO tee "$SRC_LIST" >/dev/null
  $SUDO apt-get update -qq
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
echo "Fetching the pgvector source package..."
apt-get source --download-only -qq pgvector >/dev/null
dpkg-source -x --no-check ./pgvector_*.dsc src >/dev/null
cd src
echo "Building pgvector against PostgreSQL ${PG_MAJOR}..."
make -s PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config" OPTFLAGS="" >/dev/null
$SUDO make -s install PG_CONFIG="/usr/lib/postgresql/${PG_MAJOR}/bin/pg_config" >/dev/null
echo "pgvector installed for PostgreSQL ${PG_MAJOR}"
