#!/usr/bin/env bash
# Installs what the site and its tests need on a fresh machine: npm packages from the lock file
# and, for browser tests, Debian's Chromium. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browsers" ] && ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  echo "Installing Debian's chromium for browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
