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
# A demonstration administrator, so the staff pages can be tried. Its
# password is made here, kept beside the database and printed; a real
# deployment makes its first administrator with `server create-admin`.
demo_password_file="$REPO/data/demo-admin-password"
# Only this user may read it.
if [[ ! -f "$demo_password_file" ]]; then
  mkdir -p "$REPO/data"
  (umask 077 && head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$demo_password_file")
  JAMFORAREN_ADMIN_PASSWORD="$(cat "$demo_password_file")" \
    "$SERVER_BIN" create-admin --username demo.admin --display-name "Demo Admin" \
    || rm -f "$demo_password_file"
fi
# A file written by an earlier version may still be readable by others.
[[ -f "$demo_password_file" ]] && chmod 600 "$demo_password_file" &&
  echo "Staff sign-in (demonstration): demo.admin / $(cat "$demo_password_file") at /sv/login"
step "Serving Jämföraren on http://${JAMFORAREN_ADDR:-127.0.0.1:3000} (Ctrl-C stops)"
exec "$SERVER_BIN" serve
