#!/usr/bin/env bash
# Starts a local PostgreSQL 15 for the storage contract tests (installing
# it with apt-get when missing), creates the role and database
# truthlens_test, and prints on stdout the line to eval:
#
#   eval "$(bash .ci/postgres.sh)"   # exports TRUTHLENS_TEST_POSTGRES
#
# Everything else goes to stderr. Idempotent: safe to run again. Needs root
# (or sudo) for apt-get and to act as the postgres user.
set -euo pipefail

VER=15
CLUSTER=main
NAME=truthlens_test
PASSWORD=${TRUTHLENS_TEST_PG_PASSWORD:-truthlens_test}

log() { echo "postgres.sh: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -n -u postgres -- "$@"
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n -- "$@"; fi
}

if [ ! -x "/usr/lib/postgresql/$VER/bin/postgres" ]; then
  log "installing postgresql-$VER"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq >&2
  as_root apt-get install -y -qq "postgresql-$VER" >&2
fi

cluster() { pg_lsclusters -h 2>/dev/null | awk -v v="$VER" -v c="$CLUSTER" '$1 == v && $2 == c'; }

if [ -z "$(cluster)" ]; then
  log "creating cluster $VER/$CLUSTER"
  as_root pg_createcluster "$VER" "$CLUSTER" >&2
fi
if ! cluster | grep -q online; then
  log "starting cluster $VER/$CLUSTER"
  as_root pg_ctlcluster "$VER" "$CLUSTER" start >&2
fi
PORT=$(cluster | awk '{print $3}')

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PORT" >&2

# Role and database (created once; the password is reset every run).
as_postgres psql -q -X -p "$PORT" -d postgres -v ON_ERROR_STOP=1 \
  -v name="$NAME" -v password="$PASSWORD" >&2 <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'name')
  WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'name') \gexec
ALTER ROLE :"name" WITH LOGIN PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name')
  WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'name') \gexec
SQL

URL="postgres://$NAME:$PASSWORD@127.0.0.1:$PORT/$NAME?sslmode=disable"
if ! PGCONNECT_TIMEOUT=5 psql -q -X "$URL" -v ON_ERROR_STOP=1 -c 'SELECT 1' >/dev/null 2>&1; then
  log "cannot log in as $NAME over TCP (check pg_hba.conf)"
  exit 1
fi
log "PostgreSQL $VER ready on port $PORT, database $NAME"
echo "export TRUTHLENS_TEST_POSTGRES='$URL'"
