#!/usr/bin/env bash
# Every check and test, in CI order: install → lint and typecheck → unit → build → browser.
# Unit and browser tests run with a throwaway PostgreSQL (scripts/with-postgres.sh), so the
# PostgreSQL store and the many-servers tests run too; without it they fail rather than skip.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browsers --postgres
export REQUIRE_POSTGRES=1

echo "== lint and typecheck"
npm run lint
npm run typecheck
echo "== unit tests (SQLite and PostgreSQL stores)"
bash scripts/with-postgres.sh npm run test:unit
echo "== build (runs the content check first)"
npm run build
echo "== browser and HTTP tests against next start (and two servers on one PostgreSQL)"
rm -rf data/e2e-*
bash scripts/with-postgres.sh npm run test:e2e
