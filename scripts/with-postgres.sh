#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL: installs Debian's postgresql if missing, starts a
# cluster in a temporary directory on a free port (5433-5440 unless TEST_PG_PORTS says otherwise),
# creates the database iop_test, exports TEST_DATABASE_URL, runs the command, then stops the
# cluster and deletes it, whatever the command did. If PostgreSQL cannot start, it exits non-zero.
#   bash scripts/with-postgres.sh npx vitest run
# Also exports TEST_PG_FAULT_PORT: a second free port, for tests that start a cluster of their own.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARGS…]" >&2; exit 2; }

bash scripts/setup.sh --postgres

range=${TEST_PG_PORTS:-5433-5440}
free_ports() {
  local port
  for ((port = ${range%-*}; port <= ${range#*-}; port++)); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; fi
  done
}
mapfile -t ports < <(free_ports)
if [ ${#ports[@]} -lt 2 ]; then
  echo "with-postgres: fewer than two free ports in $range (set TEST_PG_PORTS=FROM-TO)" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/iop-postgres.XXXXXX")
cleanup() {
  bash scripts/pg-cluster.sh stop "$dir" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bash scripts/pg-cluster.sh init "$dir"
bash scripts/pg-cluster.sh start "$dir" "${ports[0]}"
psql -q -X -h 127.0.0.1 -p "${ports[0]}" -U postgres -d postgres -c 'CREATE DATABASE iop_test' >/dev/null

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:${ports[0]}/iop_test"
export TEST_PG_FAULT_PORT=${ports[1]}
echo "== PostgreSQL $(psql -X -tA -h 127.0.0.1 -p "${ports[0]}" -U postgres -c 'SHOW server_version') at $TEST_DATABASE_URL"
"$@"
