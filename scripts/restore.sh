#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh. Stop the site first (docs/DEPLOY.md).
#   scripts/restore.sh we-are-ale-….dump     into DATABASE_URL: replaces its tables in one
#                                            transaction (an empty, freshly created database is fine)
#   scripts/restore.sh we-are-ale-….tar.gz   into DATA_DIR (embedded PGlite); the current database
#                                            is kept beside it as pglite.before-restore-<time>
set -euo pipefail
umask 077
file="${1:?Usage: scripts/restore.sh <backup file (.dump or .tar.gz)>}"
[ -f "$file" ] || { echo "No such file: $file" >&2; exit 1; }

case "$file" in
  *.dump)
    [ -n "${DATABASE_URL:-}" ] || { echo "Set DATABASE_URL to the database to restore into." >&2; exit 1; }
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="$DATABASE_URL" "$file"
    ;;
  *.tar.gz)
    [ -z "${DATABASE_URL:-}" ] || { echo "This is a backup of the embedded database; unset DATABASE_URL." >&2; exit 1; }
    data="${DATA_DIR:-data}"
    pid="$(cat "$data/pglite.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      echo "The site (pid $pid) has the embedded database open: stop it, then restore." >&2
      exit 1
    fi
    mkdir -p "$data"
    chmod 700 "$data"
    [ -d "$data/pglite" ] && mv "$data/pglite" "$data/pglite.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    tar -xzf "$file" -C "$data" --no-same-permissions
    ;;
  *)
    echo "Expected a .dump (PostgreSQL) or .tar.gz (embedded) file from scripts/backup.sh." >&2
    exit 1
    ;;
esac
echo "Restored $file. Start the site (it applies any newer migrations on npm run db:setup)."
