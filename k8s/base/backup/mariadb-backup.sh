#!/bin/sh
# Dumps the registry's database to a gzipped SQL file, keeping the newest BACKUP_KEEP, or restores one.
# The CronJob mariadb-backup runs it; the restore runbook (k8s/README.md) and BackupRestoreIT run the
# same file.
#
#   mariadb-backup.sh backup             writes BACKUP_DIR/procrisk-<UTC time>.sql.gz
#   mariadb-backup.sh restore [FILE]     loads FILE (default RESTORE_FILE, else the newest dump in
#                                        BACKUP_DIR) into the database; its tables are replaced
#
# DB_HOST (mariadb), DB_PORT (3306), DB_NAME (procrisk), CREDENTIALS_DIR (/etc/mariadb/credentials:
# MARIADB_USER and MARIADB_PASSWORD as files), BACKUP_DIR (/backups), BACKUP_KEEP (14), MARIADB_BIN
# (a directory ending in / when mariadb and mariadb-dump are not on PATH), DB_SSL (on; off for a
# server without TLS).
set -eu
host=${DB_HOST:-mariadb}
port=${DB_PORT:-3306}
db=${DB_NAME:-procrisk}
creds=${CREDENTIALS_DIR:-/etc/mariadb/credentials}
dir=${BACKUP_DIR:-/backups}
keep=${BACKUP_KEEP:-14}
bin=${MARIADB_BIN:-}

# The password goes in an option file, not on the command line, where ps would show it.
cnf=$(mktemp)
trap 'rm -f "$cnf"' EXIT
printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword=%s\n' "$host" "$port" \
  "$(cat "$creds/MARIADB_USER")" "$(cat "$creds/MARIADB_PASSWORD")" >"$cnf"
# MariaDB 11.4's client insists on TLS, which its server sets up by itself; a server without TLS
# (the tests' private one, on loopback) needs DB_SSL=off.
[ "${DB_SSL:-on}" = off ] && echo skip-ssl >>"$cnf"

case "${1:-}" in
  backup)
    name="procrisk-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
    # One consistent InnoDB snapshot, without locking the tables the services write.
    "${bin}mariadb-dump" --defaults-extra-file="$cnf" --single-transaction --quick --routines --triggers \
      --no-tablespaces "$db" | gzip >"$dir/.$name.partial"
    mv "$dir/.$name.partial" "$dir/$name"
    echo "mariadb-backup: wrote $dir/$name ($(wc -c <"$dir/$name") bytes)"
    ls -1 "$dir"/procrisk-*.sql.gz | sort -r | tail -n +"$((keep + 1))" | while read -r old; do
      rm -f "$old" && echo "mariadb-backup: removed $old (keeping $keep)"
    done
    ;;
  restore)
    file=${2:-${RESTORE_FILE:-}}
    if [ -z "$file" ] || [ "$file" = latest ]; then
      file=$(ls -1 "$dir"/procrisk-*.sql.gz 2>/dev/null | sort -r | head -n 1)
      [ -n "$file" ] || { echo "mariadb-backup: no dump in $dir" >&2; exit 1; }
    fi
    gunzip -c "$file" | "${bin}mariadb" --defaults-extra-file="$cnf" "$db"
    echo "mariadb-backup: restored $file into $db on $host:$port"
    ;;
  *)
    echo "usage: mariadb-backup.sh backup | restore [FILE]" >&2
    exit 2
    ;;
esac
