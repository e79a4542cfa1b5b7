#!/usr/bin/env bash
# Backs up the site's data into a directory (default ./backups) and prints the file it wrote.
#   PostgreSQL (DATABASE_URL set): pg_dump in custom format, taken while the site runs. Logos and
#     other images live in the database (the Image table), so this one file is the whole backup.
#   Embedded PGlite (no DATABASE_URL): a .tar.gz of DATA_DIR's database and generated secret; the
#     site must be stopped, because PGlite belongs to one process (decision 001).
# BACKUP_KEEP_DAYS=N also deletes this directory's backups older than N days.
# Keep the environment file (AUTH_SECRET, SMTP_URL) safe as well: it is not in the backup.
set -euo pipefail
umask 077
target="${1:-backups}"
mkdir -p "$target"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

if [ -n "${DATABASE_URL:-}" ]; then
  file="$target/we-are-ale-$stamp.dump"
  pg_dump --format=custom --no-owner --no-privileges --file="$file.partial" "$DATABASE_URL"
else
  data="${DATA_DIR:-data}"
  pid="$(cat "$data/pglite.pid" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "The site (pid $pid) has the embedded database open: stop it, then back up." >&2
    exit 1
  fi
  [ -d "$data/pglite" ] || { echo "No embedded database in $data/pglite." >&2; exit 1; }
  file="$target/we-are-ale-$stamp.tar.gz"
  # The outbox is left out: its emails hold live links.
  parts=(pglite)
  [ -f "$data/auth-secret" ] && parts+=(auth-secret)
  tar -czf "$file.partial" -C "$data" "${parts[@]}"
fi
mv "$file.partial" "$file"

if [ -n "${BACKUP_KEEP_DAYS:-}" ]; then
  find "$target" -maxdepth 1 -name 'we-are-ale-*' -mtime +"$BACKUP_KEEP_DAYS" -delete
fi
echo "$file"
