#!/usr/bin/env bash
# Puts a backup of ops/backup.sh back, with xaso stopped:
#   ops/restore.sh <backup.tar.gz> [data folder=./data/postgres]
# The current folder is kept beside it as <folder>.before-restore-<date>; start xaso as usual afterwards: PostgreSQL
# replays the WAL in the backup and xaso carries on from the moment the backup ended.
set -euo pipefail
backup=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
data=${2:-./data/postgres}
if [ -f "$data/postmaster.pid" ] && kill -0 "$(head -1 "$data/postmaster.pid")" 2>/dev/null; then
  echo "xaso's database is still running on $data: stop xaso first" >&2; exit 1
fi
if [ -d "$data" ]; then
  mv "$data" "$data.before-restore-$(date +%Y%m%d-%H%M%S)"
fi
mkdir -p "$data" && chmod 700 "$data"
tar -C "$data" -xzf "$backup"
echo "restored $backup into $data; start xaso as usual"
