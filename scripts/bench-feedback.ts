/**
 * `npm run bench:feedback -- --requests 5000 --concurrency 50` (after `npm run build`).
 * 1. Throughput: next start on a temporary database, rate limit off; autocannon posts answers;
 *    prints requests/s, p50/p99 latency, non-2xx, and rows stored vs posts accepted.
 * 2. Durability: a second run is cut short by SIGKILL on the server; after a restart, every
 *    acknowledged (201) answer must still be in the database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { startNextServer, stopNextServer, type NextServer } from './next-server';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const requests = option('requests', 5000);
const concurrency = option('concurrency', 50);
const answer = JSON.stringify({ page: '/', helpful: 'yes', website: '' });

function rowsIn(file: string, where = '1', params: unknown[] = []): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(`SELECT COUNT(*) FROM feedback WHERE ${where}`)
      .pluck()
      .get(...params) as number;
  } finally {
    db.close();
  }
}

async function throughput(server: NextServer, file: string) {
  const result = await autocannon({
    url: `${server.url}/api/feedback`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: answer,
    connections: concurrency,
    amount: requests,
    timeout: 30,
  });
  const accepted = result.statusCodeStats['201']?.count ?? 0;
  const stored = rowsIn(file);
  console.log(`Run 1: ${requests} posts, ${concurrency} at a time`);
  console.log(`  requests/s      ${Math.round(result.requests.average)}`);
  console.log(`  latency p50     ${result.latency.p50} ms`);
  console.log(`  latency p99     ${result.latency.p99} ms`);
  console.log(
    `  non-2xx         ${result.non2xx} (errors ${result.errors}, timeouts ${result.timeouts})`,
  );
  console.log(`  accepted (201)  ${accepted}`);
  console.log(
    `  rows stored     ${stored} ${stored === accepted ? '= accepted ✓' : '≠ accepted ✗'}`,
  );
  return stored === accepted && accepted === requests;
}

async function crash(env: Record<string, string>, file: string) {
  let server = await startNextServer(env);
  const port = server.port;
  const before = rowsIn(file);
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
  const db = new Database(file, { readonly: true });
  const find = db.prepare('SELECT 1 FROM feedback WHERE ref = ?').pluck();
  const missing = acknowledged.filter((ref) => find.get(ref) === undefined).length;
  db.close();
  await stopNextServer(server);
  console.log(
    `\nRun 2: SIGKILL after ${killAt} acknowledged posts, then restart on the same database`,
  );
  console.log(
    `  acknowledged    ${acknowledged.length} (plus ${failed} cut off, never acknowledged)`,
  );
  console.log(`  rows before/now ${before} / ${rowsIn(file)}`);
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-feedback-'));
  const file = path.join(dir, 'feedback.sqlite');
  const env = {
    FEEDBACK_DB_PATH: file,
    FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
    FEEDBACK_ADMIN_TOKEN: '',
  };
  try {
    const server = await startNextServer(env);
    let ok: boolean;
    try {
      ok = await throughput(server, file);
    } finally {
      await stopNextServer(server);
    }
    ok = (await crash(env, file)) && ok;
    process.exitCode = ok ? 0 : 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
