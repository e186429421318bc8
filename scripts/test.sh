#!/usr/bin/env bash
# Every check and test, in CI order: install → lint and typecheck → unit → build → browser.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browsers

echo "== lint and typecheck"
npm run lint
npm run typecheck
echo "== unit tests"
npm run test:unit
echo "== build (runs the content check first)"
npm run build
echo "== browser and HTTP tests against next start"
rm -rf data/e2e-*
npm run test:e2e
