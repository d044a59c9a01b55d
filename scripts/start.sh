#!/usr/bin/env bash
# The first command: install, build, load the demonstration data into the
# embedded SQLite database and serve the portal on http://127.0.0.1:3000.
#   JAMFORAREN_ADDR=127.0.0.1:8080 scripts/start.sh   another port
#   DATABASE_URL=postgres://…      scripts/start.sh   another database
source "$(dirname "$0")/common.sh"

"$REPO/scripts/setup.sh"
"$REPO/scripts/build.sh"

export JAMFORAREN_SITE_ROOT="$SITE_ROOT"
export JAMFORAREN_LOCALES="$REPO/locales"
step "Loading the demonstration data"
"$SERVER_BIN" seed-demo
step "Serving Jämföraren on http://${JAMFORAREN_ADDR:-127.0.0.1:3000} (Ctrl-C stops)"
exec "$SERVER_BIN" serve
