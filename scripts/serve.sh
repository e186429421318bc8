#!/usr/bin/env bash
# One command on a fresh machine: install, check the content, build, and serve on $PORT (3000).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm run build
exec node dist/server.mjs -p "${PORT:-3000}"
