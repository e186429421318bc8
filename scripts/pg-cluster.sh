#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a directory of its own: no systemd, no service, nothing outside DIR.
#   pg-cluster.sh init DIR         initdb in DIR/data (trust auth for local connections, user postgres)
#   pg-cluster.sh start DIR PORT   listens on 127.0.0.1:PORT (socket in DIR), waits until it accepts connections
#   pg-cluster.sh stop DIR         fast shutdown (disconnects clients), waits until it has stopped
# initdb and postgres refuse to run as root: as root the cluster runs as the `postgres` user.
set -euo pipefail

usage() {
  echo "usage: $0 init DIR | start DIR PORT | stop DIR" >&2
  exit 2
}

[ $# -ge 2 ] || usage
command=$1
dir=$2

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin (apt-get install -y postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$command" in
  init)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; exit 1; }
    ;;
  start)
    [ $# -eq 3 ] || usage
    port=$3
    if ! as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null; then
      echo "PostgreSQL did not start on port $port; its log:" >&2
      tail -n 20 "$dir/server.log" >&2 || true
      exit 1
    fi
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null
    ;;
  *)
    usage
    ;;
esac
