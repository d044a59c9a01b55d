#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, from Debian's package.
#   scripts/postgres.sh start DIR   starts one in DIR, prints its URL
#   scripts/postgres.sh stop DIR    stops it
# PostgreSQL refuses to run as root, so it runs as the package's postgres user.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_postgres() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$action" in
  start)
    port=$(( 40000 + RANDOM % 20000 ))
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown postgres: "$dir"
    as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    echo "postgres://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    [[ -d "$dir/data" ]] && as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    ;;
esac
