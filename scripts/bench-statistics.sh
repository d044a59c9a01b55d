#!/usr/bin/env bash
# The statistics benchmark (not a test: it prints figures, it fails nothing).
#   scripts/bench-statistics.sh                 1,000,000 cases, SQLite and PostgreSQL
#   BENCH_CASES=200000 scripts/bench-statistics.sh
#   BENCH_BACKENDS=sqlite scripts/bench-statistics.sh
# For each backend: generates the cases (server/examples/generate_cases.rs)
# into a CSV file, imports it with `server import-cases` and publishes 2023
# with `server publish-statistics`, both under /usr/bin/time -v. Prints the
# import time and peak memory, and the time to compute one year's full
# statistics (target: under 1 s), split into reading the year's cases,
# aggregating them, building the public and full reports, and storing them;
# and, for the demonstration data and the generated year, the share of
# counts hidden and of key figures not shown.
source "$(dirname "$0")/common.sh"

cases="${BENCH_CASES:-1000000}"
backends="${BENCH_BACKENDS:-sqlite postgres}"

"$REPO/scripts/setup.sh" >/dev/null
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ " $backends " == *" postgres "* ]] && ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if ((${#missing[@]})); then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
work=$(mktemp -d /tmp/jamforaren-bench-statistics.XXXXXX)
chmod 755 "$work"
cleanup() { "$REPO/scripts/postgres.sh" stop "$work/pg" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

step "Building the release server and the case generator"
"$CARGO" build --release -p server --bin server --example generate_cases 2>&1 | tail -1

step "Generating $cases cases"
started=$(date +%s.%N)
"$CARGO_TARGET_DIR/release/examples/generate_cases" "$cases" > "$work/cases.csv"
awk -v n="$cases" -v bytes="$(stat -c %s "$work/cases.csv")" -v a="$started" -v b="$(date +%s.%N)" \
  'BEGIN { printf "generated %d rows (%d MB) in %.1f s\n", n, bytes / 1e6, b - a }'

# Wall time and peak resident memory of a command, from GNU time's -v report.
measured() {
  local report="$work/time.txt"
  /usr/bin/time -v -o "$report" "$@"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$report")
  peak_mb=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$report")
}

export RUST_LOG=error JAMFORAREN_LOCALES="$REPO/locales"
for backend in $backends; do
  case "$backend" in
    sqlite) export DATABASE_URL="sqlite://$work/bench.db?mode=rwc" ;;
    postgres) export DATABASE_URL=$("$REPO/scripts/postgres.sh" start "$work/pg") ;;
    *) echo "unknown backend $backend" >&2; exit 1 ;;
  esac
  step "$backend"
  # The providers the generated cases name; the demonstration data's own
  # 2023 and 2024 are published, and their lines say how much they hide.
  "$SERVER_BIN" seed-demo
  measured "$SERVER_BIN" import-cases "$work/cases.csv" 2>/dev/null
  printf 'import: %s cases in %s (m:ss), peak memory %s MB\n' "$cases" "$wall" "$peak_mb"
  measured "$SERVER_BIN" publish-statistics --year 2023 > "$work/publish.txt"
  sed 's/^/publish: /' "$work/publish.txt"
  printf 'publish: %s (m:ss) for the whole command, peak memory %s MB\n' "$wall" "$peak_mb"
done
