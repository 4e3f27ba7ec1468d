#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster if it is not running (Debian layout).
set -euo pipefail
if pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL is running on 127.0.0.1:5432"
  exit 0
fi
PG_MAJOR="${PG_MAJOR:-$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)}"
pg_ctlcluster --skip-systemctl-redirect "${PG_MAJOR:-15}" main start
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && { echo "PostgreSQL started"; exit 0; }
  sleep 1
done
echo "PostgreSQL did not start on 127.0.0.1:5432" >&2
exit 1
