#!/usr/bin/env bash
# The test command: every database suite runs on PGlite and on a real PostgreSQL.
# Uses TEST_DATABASE_URL when set; otherwise starts a throwaway PostgreSQL for the run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  pgdir=$(mktemp -d /tmp/playmaker-test-pg.XXXXXX)
  trap 'scripts/test-postgres.sh stop "$pgdir"' EXIT
  TEST_DATABASE_URL=$(scripts/test-postgres.sh start "$pgdir")
  export TEST_DATABASE_URL
fi
echo "PostgreSQL for tests: $TEST_DATABASE_URL" >&2

status=0
# With a filter (npm test -- tests/e2e/phone.test.ts), one of the two runs may match nothing: not a failure.
vitest run ${1:+--passWithNoTests} "$@" || status=$?
# Browser tests (tests/e2e: the real server and Debian's Chromium) run after the other suites, so the
# two do not compete for the machine; both always run, and either failing fails the command.
vitest run --config tests/e2e/vitest.config.ts ${1:+--passWithNoTests} "$@" || status=$?
exit "$status"
