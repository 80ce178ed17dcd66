#!/usr/bin/env bash
# Online backup of xaso's embedded PostgreSQL while xaso keeps running:
#   ops/backup.sh [data folder=./data/postgres] [backup folder=./backups]
# Writes <backup folder>/xaso-<date>-<time>.tar.gz: a consistent copy of the whole database (PostgreSQL's
# low-level base backup: pg_backup_start, a copy of the files, pg_backup_stop, then the WAL written meanwhile).
# Needs psql (Debian: apt-get install postgresql-client). Copy the file to another disk or machine.
# (pg_dump does not fit here: Debian 12 ships pg_dump 15, which refuses the embedded PostgreSQL 17.)
set -euo pipefail
umask 077 # the backup holds every citizen's data and the database password
data=$(cd "${1:-./data/postgres}" && pwd)
out=$(mkdir -p "${2:-./backups}" && cd "${2:-./backups}" && pwd)
[ -f "$data/postmaster.pid" ] || { echo "xaso's database is not running on $data: start xaso, or copy the stopped folder as it is" >&2; exit 1; }
port=$(sed -n 4p "$data/postmaster.pid")
export PGPASSWORD="${XASO_DB_PASSWORD:-$(cat "$data/xaso-password")}"
stamp=$(date +%Y%m%d-%H%M%S)
work=$(mktemp -d "$out/.xaso-$stamp.XXXX")
trap 'rm -rf "$work"' EXIT
# one session from start to stop, as PostgreSQL requires; the copy runs inside it (\!)
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 <<SQL
set client_min_messages = warning;
\o /dev/null
select pg_backup_start('xaso-$stamp', true);
\o
\! tar -C "$data" --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock --exclude='./pg_wal/*' --warning=no-file-changed --warning=no-file-removed -cf "$work/base.tar" . ; [ \$? -le 1 ]
\pset format unaligned
\pset tuples_only on
\o $work/backup_label
select labelfile from pg_backup_stop(true);
\o
SQL
# the WAL written during the copy makes it consistent; backup_label tells PostgreSQL where to start replaying
tar -C "$data" -rf "$work/base.tar" ./pg_wal
tar -C "$work" -rf "$work/base.tar" ./backup_label
gzip -c "$work/base.tar" > "$out/xaso-$stamp.tar.gz"
echo "$out/xaso-$stamp.tar.gz ($(du -h "$out/xaso-$stamp.tar.gz" | cut -f1))"
