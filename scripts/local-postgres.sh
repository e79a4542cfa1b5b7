#!/usr/bin/env bash
# Makes sure a local PostgreSQL 15 (Debian's) runs with a role allowed to create databases, and
# prints its connection URL. Used by .ci/run and `npm run bench`; needs root for the first run.
set -euo pipefail
if [ ! -x /usr/lib/postgresql/15/bin/postgres ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >/dev/null
fi
pg_lsclusters -h | grep -q '^15 main' || pg_createcluster 15 main >/dev/null
pg_ctlcluster --skip-systemctl-redirect 15 main start >/dev/null 2>&1 || true
pg_ctlcluster --skip-systemctl-redirect 15 main status >/dev/null
port=$(pg_lsclusters -h | awk '$1=="15" && $2=="main" {print $3}')
su postgres -c "psql -q -p $port -v ON_ERROR_STOP=1" >&2 <<'SQL'
SELECT 'CREATE ROLE ale_ci LOGIN CREATEDB PASSWORD ''ale_ci''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ale_ci')\gexec
SELECT 'CREATE DATABASE ale_ci OWNER ale_ci' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'ale_ci')\gexec
-- Tests drop their databases WITH (FORCE); PostgreSQL 15 refuses that to a plain role while an
-- autovacuum worker happens to be in the database (it belongs to no role) unless it may signal backends.
SELECT 'GRANT pg_signal_backend TO ale_ci' WHERE NOT pg_has_role('ale_ci', 'pg_signal_backend', 'MEMBER')\gexec
-- The bench flushes its seed's writes before it measures (scripts/bench.ts).
SELECT 'GRANT pg_checkpoint TO ale_ci' WHERE NOT pg_has_role('ale_ci', 'pg_checkpoint', 'MEMBER')\gexec
SQL
echo "postgresql://ale_ci:ale_ci@127.0.0.1:${port}/ale_ci"
