/**
 * Scaling out: several `next start` processes share one PostgreSQL. Needs a build, and
 * TEST_DATABASE_URL plus Debian's PostgreSQL (npm test provides both via scripts/with-postgres.sh).
 */
import { test, expect } from '@playwright/test';
import { freePort, startNextServer, stopNextServer } from '../../scripts/next-server';
import { migrations } from '../../lib/feedback/db-schema';
import { bearer } from './support/feedback';
import {
  ThrowawayCluster,
  createScratchDatabase,
  e2ePort,
  postgresInstalled,
  postgresRequired,
} from './support/postgres';

const token = 'scale-out-token-long-enough-to-be-accepted';
const serverEnv = (databaseUrl: string) => ({
  DATABASE_URL: databaseUrl,
  FEEDBACK_ADMIN_TOKEN: token,
  FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
  FEEDBACK_PROCESS_LIMIT_PER_MINUTE: '0',
});
const answer = (page: string, helpful: 'yes' | 'no') => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ page, helpful, website: '' }),
});

/** Skips outside npm test when PostgreSQL is not there; fails inside it (REQUIRE_POSTGRES). */
function needs(what: string, available: boolean) {
  if (!available && !postgresRequired) test.skip(true, `needs ${what}`);
  expect(available, `needs ${what} (npm test provides it)`).toBe(true);
}

test.describe('many app servers, one PostgreSQL', () => {
  test('2,000 posts across two servers: both report the same totals and every accepted post is stored', async () => {
    test.setTimeout(180_000);
    needs('TEST_DATABASE_URL', Boolean(process.env.TEST_DATABASE_URL));
    const db = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'scale_out');
    // Started together: their start-up migrations race for the advisory lock.
    const servers = await Promise.all([
      startNextServer(serverEnv(db.url), { port: e2ePort(11) }),
      startNextServer(serverEnv(db.url), { port: e2ePort(12) }),
    ]);
    try {
      const pages = ['/', '/faq', '/about', '/helpline'];
      const total = 2000;
      const expected = new Map(pages.map((p) => [p, { yes: 0, no: 0 }]));
      const accepted: string[] = [];
      const refused: number[] = [];
      let next = 0;
      const worker = async () => {
        while (next < total) {
          const i = next++;
          const page = pages[i % pages.length]!;
          const helpful = i % 3 === 0 ? 'no' : 'yes';
          const response = await fetch(
            `${servers[i % 2]!.url}/api/feedback`,
            answer(page, helpful),
          );
          if (response.status === 201) {
            accepted.push(((await response.json()) as { ref: string }).ref);
            expected.get(page)![helpful]++;
          } else refused.push(response.status);
        }
      };
      await test.step('post 2,000 answers, 50 at a time, alternating servers', () =>
        Promise.all(Array.from({ length: 50 }, worker)));
      expect(refused, 'statuses other than 201').toEqual([]);
      expect(accepted).toHaveLength(total);

      await test.step('both servers report the same totals', async () => {
        const [a, b] = await Promise.all(
          servers.map(async (s) => {
            const response = await fetch(`${s.url}/api/feedback/summary`, {
              headers: bearer(token),
            });
            expect(response.status).toBe(200);
            return (await response.json()) as {
              total: number;
              pages: Array<{ page: string; yes: number; no: number }>;
            };
          }),
        );
        expect(a).toEqual(b);
        expect(a!.total).toBe(total);
        for (const [page, counts] of expected) {
          expect(
            a!.pages.find((p) => p.page === page),
            page,
          ).toMatchObject(counts);
        }
      });

      await test.step('every accepted post is in the database, once; migrations ran once', async () => {
        const rows = await db.query<{ ref: string }>('SELECT ref FROM feedback');
        const stored = new Set(rows.map((r) => r.ref));
        expect(rows).toHaveLength(total);
        expect(accepted.filter((ref) => !stored.has(ref))).toEqual([]);
        const recorded = await db.query<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        // One row per schema version: two servers starting together applied each migration once.
        expect(recorded.map((m) => m.version)).toEqual(migrations.map((m) => m.version));
      });
    } finally {
      await Promise.all(servers.map((s) => stopNextServer(s)));
      await db.drop();
    }
  });
});

test.describe('when PostgreSQL fails', () => {
  test('stopped while serving: pages render, feedback answers 503 with Retry-After, and works again once it is back', async () => {
    test.setTimeout(120_000);
    needs("Debian's PostgreSQL server", postgresInstalled());
    const cluster = new ThrowawayCluster(
      Number(process.env.TEST_PG_FAULT_PORT) || (await freePort()),
    );
    let server;
    try {
      cluster.start();
      server = await startNextServer(serverEnv(cluster.url), { port: e2ePort(13) });
      const post = () => fetch(`${server!.url}/api/feedback`, answer('/faq', 'yes'));
      expect((await post()).status).toBe(201);
      const ready = () => fetch(`${server!.url}/api/ready`);
      await test.step('/api/ready: 200, naming the store', async () => {
        const response = await ready();
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ status: 'ready', store: 'postgresql' });
      });

      await test.step('pg_ctl stop -m fast', () => cluster.stop());

      await test.step('/api/ready: 503 with Retry-After within a second or so, never the address; /api/health: 200', async () => {
        const started = Date.now();
        const response = await ready();
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(response.status).toBe(503);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const text = await response.text();
        expect(JSON.parse(text)).toMatchObject({ status: 'unavailable', store: 'postgresql' });
        expect(text).not.toContain(new URL(cluster.url).port);
        expect(text).not.toMatch(/postgres:\/\/|127\.0\.0\.1/);
        const health = await fetch(`${server!.url}/api/health`);
        expect(health.status).toBe(200);
        expect(health.headers.get('cache-control')).toBe('no-store');
      });

      await test.step('pages still render', async () => {
        for (const path of ['/', '/faq', '/about', '/search?q=cost']) {
          expect((await fetch(`${server!.url}${path}`)).status, path).toBe(200);
        }
      });

      await test.step('feedback: 503, Retry-After, a clear JSON message, within seconds', async () => {
        const started = Date.now();
        const response = await post();
        expect(Date.now() - started).toBeLessThan(10_000);
        expect(response.status).toBe(503);
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const body = (await response.json()) as { error: string };
        expect(body.error).toMatch(/cannot be saved right now: please try again/);
        expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|at .*\.js/);
      });

      await test.step('a form post without JavaScript gets a page saying so, not a stack trace', async () => {
        const response = await fetch(`${server!.url}/api/feedback`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            Accept: 'text/html',
          },
          body: 'page=%2Ffaq&helpful=no&website=',
        });
        expect(response.status).toBe(503);
        expect(response.headers.get('retry-after')).toBeTruthy();
        expect(await response.text()).toContain('We could not save your feedback');
      });

      await test.step('helpline taps and the summary: 503 too', async () => {
        const tap = await fetch(`${server!.url}/api/helpline-tap`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ page: '/', kind: 'helpline' }),
        });
        expect(tap.status).toBe(503);
        const summary = await fetch(`${server!.url}/api/feedback/summary`, {
          headers: bearer(token),
        });
        expect(summary.status).toBe(503);
        expect(summary.headers.get('retry-after')).toBeTruthy();
      });

      await test.step('PostgreSQL back: ready again and feedback works, no restart', async () => {
        cluster.start();
        await expect.poll(async () => (await ready()).status, { timeout: 15_000 }).toBe(200);
        expect((await post()).status).toBe(201);
        const summary = await fetch(`${server!.url}/api/feedback/summary`, {
          headers: bearer(token),
        });
        expect(((await summary.json()) as { total: number }).total).toBe(2);
      });
    } finally {
      if (server) await stopNextServer(server);
      cluster.remove();
    }
  });

  test('DATABASE_URL naming no server, or not a postgres:// URL: pages render, feedback answers 503', async () => {
    test.setTimeout(60_000);
    const nothingListens = `postgres://postgres@127.0.0.1:${await freePort()}/feedback`;
    for (const databaseUrl of [nothingListens, 'mysql://localhost/feedback']) {
      await test.step(databaseUrl, async () => {
        const server = await startNextServer(serverEnv(databaseUrl), { port: e2ePort(14) });
        try {
          expect((await fetch(`${server.url}/faq`)).status).toBe(200);
          const response = await fetch(`${server.url}/api/feedback`, answer('/faq', 'no'));
          expect(response.status).toBe(503);
          expect(response.headers.get('retry-after')).toBeTruthy();
          expect(((await response.json()) as { error: string }).error).toMatch(/try again/);
          expect(server.output()).not.toMatch(/password/i);
        } finally {
          await stopNextServer(server);
        }
      });
    }
  });
});
