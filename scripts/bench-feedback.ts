/**
 * `npm run bench:feedback -- --requests 5000 --concurrency 50` (after `npm run build`).
 * 1. Throughput: next start on a temporary database, rate limit off; autocannon posts answers;
 *    prints requests/s, p50/p99 latency, non-2xx, and rows stored vs posts accepted.
 * 2. Durability: a second run is cut short by SIGKILL on the server; after a restart, every
 *    acknowledged (201) answer must still be in the database.
 * The database: a temporary SQLite file by default. With --postgres, PostgreSQL: a scratch
 * database on the server DATABASE_URL names (dropped afterwards), or, when DATABASE_URL is
 * unset, a throwaway cluster of its own. --servers N spreads the posts over N app servers.
 * --save FILE writes run 1's figures as JSON; --baseline FILE (one saved earlier, say on main) prints
 * this run beside it with after/before ratios, so a change is judged on one machine, not across days.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon, { type Result as AutocannonResult } from 'autocannon';
import Database from 'better-sqlite3';
import { freePort, startNextServer, stopNextServer, type NextServer } from './next-server';
import { ThrowawayCluster, createScratchDatabase, postgresInstalled } from './postgres-throwaway';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const requests = option('requests', 5000);
const concurrency = option('concurrency', 50);
const serverCount = option('servers', 1);
const usePostgres = process.argv.includes('--postgres') || Boolean(process.env.DATABASE_URL);
/** BENCH_PORT: the first app server's port (the others follow it); default: any free port. */
const firstPort = Number(process.env.BENCH_PORT) || undefined;
const portFor = (index: number) => (firstPort ? firstPort + index : undefined);
const answer = JSON.stringify({ page: '/', helpful: 'yes', website: '' });

function fileOption(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) throw new Error(`--${name} needs a file name`);
  return value;
}
const saveTo = fileOption('save');
const baselineFile = fileOption('baseline');

/** Run 1's figures, as --save writes them and --baseline reads them. */
type Figures = {
  store: string;
  servers: number;
  requests: number;
  concurrency: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  at: string;
};

function readBaseline(file: string): Figures {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--baseline ${file}: ${(error as Error).message}`);
  }
  for (const field of ['requestsPerSecond', 'p50', 'p99'] as const) {
    const value = (data as Record<string, unknown> | null)?.[field];
    if (typeof value !== 'number' || !(value > 0)) {
      throw new Error(`--baseline ${file}: ${field} must be a positive number`);
    }
  }
  return data as Figures;
}

/** This run beside the baseline: requests/s ratio above 1 and latency ratios below 1 are better. */
function printComparison(now: Figures, before: Figures, file: string) {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`
Against the baseline ${file} (${before.store}, ${before.at}):`);
  if (before.store !== now.store || before.servers !== now.servers) {
    console.log(`  note: the baseline is ${before.store} on ${before.servers} server(s)`);
  }
  console.log('                  before    after    after/before');
  const row = (label: string, a: number, b: number, unit: string) =>
    console.log(
      `  ${label.padEnd(14)}  ${`${a}${unit}`.padStart(8)}  ${`${b}${unit}`.padStart(8)}    ${ratio(b, a)}`,
    );
  row('requests/s', before.requestsPerSecond, now.requestsPerSecond, '');
  row('latency p50', before.p50, now.p50, ' ms');
  row('latency p99', before.p99, now.p99, ' ms');
}

/** Where the benchmark's answers go, and how to count them there. */
type Target = {
  label: string;
  env: Record<string, string>;
  rows(): Promise<number>;
  missing(refs: string[]): Promise<number>;
  cleanup(): Promise<void>;
};

function sqliteTarget(): Target {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-feedback-'));
  const file = path.join(dir, 'feedback.sqlite');
  const read = <T>(work: (db: Database.Database) => T) => {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return work(db);
    } finally {
      db.close();
    }
  };
  return {
    label: 'SQLite (a temporary file)',
    env: { FEEDBACK_DB_PATH: file, DATABASE_URL: '' },
    rows: async () =>
      read((db) => db.prepare('SELECT COUNT(*) FROM feedback').pluck().get() as number),
    missing: async (refs) =>
      read((db) => {
        const find = db.prepare('SELECT 1 FROM feedback WHERE ref = ?').pluck();
        return refs.filter((ref) => find.get(ref) === undefined).length;
      }),
    cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  let cluster: ThrowawayCluster | undefined;
  let server = process.env.DATABASE_URL;
  if (!server) {
    if (!postgresInstalled()) {
      throw new Error("--postgres needs DATABASE_URL, or Debian's postgresql installed");
    }
    cluster = new ThrowawayCluster(Number(process.env.BENCH_PG_PORT) || (await freePort()));
    cluster.start();
    server = cluster.url;
  }
  const db = await createScratchDatabase(server, 'bench_feedback');
  const where = new URL(db.url);
  return {
    label: `PostgreSQL ${where.host}${where.pathname} (${cluster ? 'a throwaway cluster' : 'scratch database on DATABASE_URL'})`,
    env: { DATABASE_URL: db.url },
    rows: async () =>
      Number((await db.query<{ n: string }>('SELECT COUNT(*) AS n FROM feedback'))[0]!.n),
    missing: async (refs) => {
      const found = await db.query<{ n: string }>(
        'SELECT COUNT(*) AS n FROM feedback WHERE ref = ANY($1)',
        [refs],
      );
      return refs.length - Number(found[0]!.n);
    },
    cleanup: async () => {
      await db.drop();
      cluster?.remove();
    },
  };
}

async function throughput(servers: NextServer[], target: Target) {
  const started = performance.now();
  let lastAnswer = started;
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        // autocannon takes several URLs and deals connections out round-robin; its types say string only.
        url: servers.map((s) => `${s.url}/api/feedback`) as unknown as string,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: answer,
        connections: concurrency,
        amount: requests,
        timeout: 30,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', () => (lastAnswer = performance.now()));
  });
  // Posts over the time from the start to the last answer: autocannon's own average is over whole
  // seconds, and it notices it is done only at its next one-second tick, so the time until it
  // returns is rounded up to a whole second (5,000 posts in 1.1 s looked like 2.02 s).
  const perSecond = Math.round(result.requests.total / ((lastAnswer - started) / 1000));
  const accepted = result.statusCodeStats['201']?.count ?? 0;
  const stored = await target.rows();
  console.log(
    `Run 1: ${requests} posts, ${concurrency} at a time, over ${servers.length} app server${servers.length > 1 ? 's' : ''}`,
  );
  console.log(`  requests/s      ${perSecond}`);
  console.log(`  latency p50     ${result.latency.p50} ms`);
  console.log(`  latency p99     ${result.latency.p99} ms`);
  console.log(
    `  non-2xx         ${result.non2xx} (errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  console.log(`  accepted (201)  ${accepted}`);
  console.log(
    `  rows stored     ${stored} ${stored === accepted ? '= accepted ✓' : '≠ accepted ✗'}`,
  );
  const figures: Figures = {
    store: target.label,
    servers: servers.length,
    requests,
    concurrency,
    requestsPerSecond: perSecond,
    p50: result.latency.p50,
    p99: result.latency.p99,
    at: new Date().toISOString(),
  };
  return { ok: stored === accepted && accepted === requests, figures };
}

async function crash(env: Record<string, string>, target: Target) {
  let server = await startNextServer(env, { port: portFor(0) });
  const port = server.port;
  const before = await target.rows();
  const acknowledged: string[] = [];
  const killAt = Math.floor(requests / 2);
  let next = 0;
  let failed = 0;
  let killed: Promise<void> | undefined;
  const worker = async () => {
    while (next < requests && !killed) {
      next++;
      try {
        const response = await fetch(`${server.url}/api/feedback`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: answer,
        });
        if (response.status === 201) {
          acknowledged.push(((await response.json()) as { ref: string }).ref);
          if (acknowledged.length >= killAt && !killed) killed = stopNextServer(server, 'SIGKILL');
        } else failed++;
      } catch {
        failed++; // in flight when the server died: never acknowledged
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await killed;

  server = await startNextServer(env, { port });
  const after = await fetch(`${server.url}/api/feedback`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: answer,
  });
  const missing = await target.missing(acknowledged);
  await stopNextServer(server);
  console.log(
    `\nRun 2: SIGKILL after ${killAt} acknowledged posts, then restart on the same database`,
  );
  console.log(
    `  acknowledged    ${acknowledged.length} (plus ${failed} cut off, never acknowledged)`,
  );
  console.log(`  rows before/now ${before} / ${await target.rows()}`);
  console.log(
    `  restarted       ${after.status === 201 ? 'yes, and it accepts posts (201)' : `post answered ${after.status}`}`,
  );
  console.log(`  missing         ${missing} ${missing === 0 ? '✓' : '✗'}`);
  return missing === 0 && after.status === 201;
}

async function main() {
  if (!fs.existsSync(path.join('.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` first.');
  }
  const baseline = baselineFile ? readBaseline(baselineFile) : undefined;
  const target = usePostgres ? await postgresTarget() : sqliteTarget();
  const env = {
    ...target.env,
    FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
    FEEDBACK_PROCESS_LIMIT_PER_MINUTE: '0',
    FEEDBACK_ADMIN_TOKEN: '',
  };
  console.log(`Feedback store: ${target.label}\n`);
  try {
    const servers = await Promise.all(
      Array.from({ length: serverCount }, (_, i) => startNextServer(env, { port: portFor(i) })),
    );
    let ok: boolean;
    let figures: Figures;
    try {
      ({ ok, figures } = await throughput(servers, target));
    } finally {
      await Promise.all(servers.map((s) => stopNextServer(s)));
    }
    ok = (await crash(env, target)) && ok;
    if (saveTo) {
      fs.writeFileSync(saveTo, `${JSON.stringify(figures, null, 2)}\n`);
      console.log(`\nSaved run 1's figures to ${saveTo}`);
    }
    if (baseline && baselineFile) printComparison(figures, baseline, baselineFile);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await target.cleanup();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
