#!/usr/bin/env bash
# Installs what the site and its tests need on a fresh machine: npm packages from the lock file;
# with --browsers, Debian's Chromium (browser tests); with --postgres, Debian's PostgreSQL server
# (the PostgreSQL store tests; no cluster is created or started here). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

browsers=false
postgres=false
for option in "$@"; do
  case "$option" in
    --browsers) browsers=true ;;
    --postgres) postgres=true ;;
    *) echo "unknown option: $option (use --browsers, --postgres)" >&2; exit 2 ;;
  esac
done

packages=()
if $browsers && ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  packages+=(chromium)
fi
if $postgres && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  packages+=(postgresql)
  # Tests start throwaway clusters of their own: no system cluster on port 5432.
  if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
  fi
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing Debian's ${packages[*]} for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
fi
