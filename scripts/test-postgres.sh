#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the test suites and prints its URL on stdout.
# Usage: url=$(scripts/test-postgres.sh start DIR)   scripts/test-postgres.sh stop DIR
# PLAYMAKER_TEST_PG_OPTIONS adds server options ("-c shared_buffers=4GB"); the port is PLAYMAKER_TEST_PG_PORT.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?data directory}
port=${PLAYMAKER_TEST_PG_PORT:-54329}

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then bindir=$(pg_config --bindir); fi
if [ -z "$bindir" ]; then
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir=$d; done
fi
if [ -z "$bindir" ]; then
  echo "test-postgres: no PostgreSQL server binaries found (install Debian's postgresql package, or set TEST_DATABASE_URL)" >&2
  exit 3
fi

as_owner() {
  # initdb and postgres refuse to run as root; the Debian package brings the postgres user.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-instructions >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    # Durability settings are off: this cluster lives for one test run.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 ${PLAYMAKER_TEST_PG_OPTIONS:-}" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [ -d "$dir/data" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
esac
