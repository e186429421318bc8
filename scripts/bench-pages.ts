/**
 * `npm run bench:pages` (after `npm run build`): how many pages a second `next start` serves.
 * autocannon (its own process, 20 connections, 10 s each; BENCH_SECONDS and BENCH_CONNECTIONS to
 * change) loads the home page, an article, the FAQ and search results from `next start`, then the same
 * prerendered article HTML from a plain node:http server holding it in memory: the ceiling this machine
 * allows. Prints requests/s, p50/p99 latency and each target's share of the ceiling. Uncompressed, as
 * autocannon sends no Accept-Encoding. `--save FILE` keeps the figures; `--baseline FILE` prints them
 * beside a saved run with the ratio (same machine, please).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatTable } from './audit/table';
import { compareRows, loadBaseline, machineLine, saveRun, type Figures } from './bench-baseline';
import { freePort, startNextServer, stopNextServer } from './next-server';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const article = '/articles/what-is-intensive-outpatient-program';
const targets = ['/', article, '/faq', '/search?q=cost'];

type Load = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

/** Runs the autocannon CLI in a process of its own and reads its JSON summary. */
function load(url: string, duration = seconds): Promise<Load> {
  const cli = path.join(process.cwd(), 'node_modules', 'autocannon', 'autocannon.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, '--json', '-c', String(connections), '-d', String(duration), url],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err}`));
      const r = JSON.parse(out) as {
        requests: { average: number };
        latency: { p50: number; p99: number };
        non2xx: number;
        errors: number;
      };
      resolve({
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors,
      });
    });
  });
}

/** A plain node:http server in its own process, answering every request with one file from memory. */
async function startCeiling(file: string) {
  const port = await freePort();
  const code = `
    const http = require('node:http');
    const body = require('node:fs').readFileSync(${JSON.stringify(file)});
    http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1', () => console.log('ready'));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('exit', (c) => reject(new Error(`ceiling server exited ${c}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function main() {
  const baseline = loadBaseline('bench:pages');
  const figures: Figures = {};
  const server = await startNextServer(
    { FEEDBACK_DB_PATH: path.join('data', 'bench-pages-feedback.sqlite') },
    { port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined },
  );
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-pages-'));
  const rows: string[][] = [['target', 'requests/s', 'p50 ms', 'p99 ms', 'non-2xx', 'of ceiling']];
  try {
    const html = await fetch(server.url + article, { headers: { 'accept-encoding': 'identity' } });
    if (!html.ok) throw new Error(`${article} answered ${html.status}`);
    const file = path.join(dir, 'article.html');
    await writeFile(file, Buffer.from(await html.arrayBuffer()));

    const results: Array<[string, Load]> = [];
    for (const target of targets) {
      await load(server.url + target, 1); // warm up: caches, JIT
      results.push([`next start ${target}`, await load(server.url + target)]);
    }
    await stopNextServer(server);
    const ceiling = await startCeiling(file);
    try {
      await load(ceiling.url, 1);
      results.push(['node:http, article HTML from memory (ceiling)', await load(ceiling.url)]);
    } finally {
      ceiling.child.kill();
    }
    const top = results.at(-1)![1].rps;
    for (const [name, r] of results) {
      figures[name] = { 'requests/s': Math.round(r.rps), 'p50 ms': r.p50, 'p99 ms': r.p99 };
      rows.push([
        name,
        r.rps.toFixed(0),
        String(r.p50),
        String(r.p99),
        String(r.non2xx + r.errors),
        `${((r.rps / top) * 100).toFixed(1)} %`,
      ]);
    }
  } finally {
    await stopNextServer(server);
    await rm(dir, { recursive: true, force: true });
  }
  console.log(
    `\nbench:pages: ${connections} connections, ${seconds} s per target, ${os.cpus().length} CPUs, Node ${process.version}\n`,
  );
  console.log(formatTable(rows));
  console.log(machineLine());
  if (baseline) {
    console.log(`\nBefore: ${baseline.date}, ${baseline.machine}\n`);
    console.log(formatTable(compareRows(baseline, figures)));
  }
  saveRun('bench:pages', figures);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
