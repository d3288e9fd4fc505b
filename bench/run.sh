#!/usr/bin/env bash
# Runs every benchmark with a throwaway PostgreSQL (unless DATABASE_URL or TEST_DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
if [ -z "${DATABASE_URL:-}${TEST_DATABASE_URL:-}" ]; then
  pgdir=$(mktemp -d /tmp/playmaker-bench-pg.XXXXXX)
  trap 'scripts/test-postgres.sh stop "$pgdir"' EXIT
  # A quarter of this machine's 24 GB, as one would configure a server: the default 128 MB makes
  # every scan of the 100,000-account datasets copy pages from the OS cache.
  TEST_DATABASE_URL=$(PLAYMAKER_TEST_PG_PORT=${PLAYMAKER_BENCH_PG_PORT:-54339} PLAYMAKER_TEST_PG_OPTIONS=${PLAYMAKER_TEST_PG_OPTIONS:--c shared_buffers=4GB} scripts/test-postgres.sh start "$pgdir")
  export TEST_DATABASE_URL
fi
for script in bench/*.ts; do
  echo "== $script"
  node "$script"
done
