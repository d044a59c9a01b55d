#!/usr/bin/env bash
# The second command: installs what the tests need and runs every test:
#   1. the Rust tests against SQLite,
#   2. the same tests against a throwaway PostgreSQL server,
#   3. the end-to-end tests in Chromium against the release build.
# .ci/run calls exactly this.
source "$(dirname "$0")/common.sh"

"$REPO/scripts/setup.sh" --tests

work=$(mktemp -d /tmp/jamforaren-test.XXXXXX)
chmod 755 "$work"
server_pid=""
cleanup() {
  [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  "$REPO/scripts/postgres.sh" stop "$work/pg" || true
  rm -rf "$work"
}
trap cleanup EXIT

step "Building (release): server, wasm and the Rust tests"
"$REPO/scripts/build.sh"
"$CARGO" test --release -p domain -p app -p server --no-run

step "Rust tests on SQLite"
JF_TEST_DATABASE_URL="sqlite" "$CARGO" test --release -p domain -p app -p server

step "Rust tests on PostgreSQL"
pg_url=$("$REPO/scripts/postgres.sh" start "$work/pg")
JF_TEST_DATABASE_URL="$pg_url" "$CARGO" test --release -p server

step "End-to-end tests in Chromium"
port=$(( 20000 + RANDOM % 20000 ))
export DATABASE_URL="sqlite://$work/e2e.db?mode=rwc"
export JAMFORAREN_ADDR="127.0.0.1:$port"
export JAMFORAREN_SITE_ROOT="$SITE_ROOT"
export JAMFORAREN_LOCALES="$REPO/locales"
# A fixed date keeps lists and rotations the same on every run.
export JAMFORAREN_TODAY="2025-03-14"
"$SERVER_BIN" seed-demo
# The first administrator, made as an operator would (issue 6).
export E2E_ADMIN_USERNAME="e2e.admin" E2E_ADMIN_PASSWORD="e2e admin passphrase"
JAMFORAREN_ADMIN_PASSWORD="$E2E_ADMIN_PASSWORD" \
  "$SERVER_BIN" create-admin --username "$E2E_ADMIN_USERNAME" --display-name "E2E Admin"
"$SERVER_BIN" serve > "$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://$JAMFORAREN_ADDR/health" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fsS "http://$JAMFORAREN_ADDR/health" >/dev/null || { cat "$work/server.log"; exit 1; }
(cd end2end && BASE_URL="http://$JAMFORAREN_ADDR" node --test --test-concurrency=1 tests/)
