#!/usr/bin/env bash
# Every check and test, in CI order: install → lint and typecheck → unit → build → browser →
# quality gates (audit, Lighthouse). Unit and browser tests run with a throwaway PostgreSQL
# (scripts/with-postgres.sh), so the PostgreSQL store and the many-servers tests run too;
# without it they fail rather than skip.
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
# The quality gates use the e2e port: its server has stopped by now.
echo "== audit: axe, keyboard, reflow, reader settings, valid HTML, links, privacy, weight"
AUDIT_PORT="${AUDIT_PORT:-${E2E_PORT:-3210}}" npm run audit
echo "== lighthouse: accessibility, best practices, SEO 100 and no layout shift (performance reported)"
LIGHTHOUSE_PORT="${LIGHTHOUSE_PORT:-${E2E_PORT:-3210}}" npm run lighthouse
