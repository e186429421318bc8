/**
 * `npm run bench:search`: on the real content and on 2,000 synthetic articles, prints index build
 * time, index size (bytes; gzip bytes of the FAQ filter's download) and query latency p50/p95
 * over 1,000 uncached queries, in wall-clock and in CPU time. `--save FILE` keeps the figures; `--baseline FILE` prints them beside a saved run
 * with the ratio (same machine, please).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentDir, loadContent } from '../lib/content';
import type { LoadOptions } from '../lib/content/load';
import { searchDocuments } from '../lib/search/documents';
import { buildIndex, runQuery, serializeIndex, type SearchIndex } from '../lib/search/engine';
import { QueryCache } from '../lib/search/query-cache';
import { compareRows, loadBaseline, machineLine, saveRun, type Figures } from './bench-baseline';
import { formatTable } from './audit/table';
import { writeSyntheticContent } from './synthetic-content';

const queries = [
  'how much does iop cost',
  'insurence',
  'can i keep my job',
  'online iop',
  'detox first',
  'how long does it last',
  'family support',
  'medicare',
  'what happens after',
  'hours per week',
  'php vs iop',
  'virtaul',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** JSON bytes of what the build writes: the search structures, and the whole file (with the documents). */
function sizes(index: SearchIndex) {
  const { docs, ...structures } = serializeIndex(index);
  const indexJson = JSON.stringify(structures);
  return {
    indexJson,
    indexBytes: indexJson.length,
    fileBytes: JSON.stringify({ ...structures, docs }).length,
  };
}

function measure(label: string, dir: string, options: LoadOptions = {}) {
  const tree = loadContent(dir, options);
  const docs = searchDocuments(tree);
  let start = performance.now();
  const index = buildIndex(docs);
  const buildMs = performance.now() - start;
  const { indexBytes, fileBytes } = sizes(index);
  const faqJson = sizes(buildIndex(docs.filter((d) => d.type === 'faq'))).indexJson;
  const times: number[] = [];
  // CPU time as well: on a shared machine, wall-clock time also counts the waits for a core.
  const cpuTimes: number[] = [];
  for (let i = 0; i < 1000; i += 1) {
    const cpu = process.cpuUsage();
    start = performance.now();
    runQuery(index, queries[i % queries.length]!, 10);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  // The same 1,000 queries through the site's query cache (12 distinct queries: 12 misses).
  const cache = new QueryCache<unknown>();
  const cachedTimes: number[] = [];
  for (let i = 0; i < 1000; i += 1) {
    const text = queries[i % queries.length]!;
    start = performance.now();
    cache.get(text, () => runQuery(index, text, 10));
    cachedTimes.push(performance.now() - start);
  }
  cachedTimes.sort((a, b) => a - b);
  return {
    label,
    articles: tree.articles.length,
    documents: docs.length,
    buildMs: buildMs.toFixed(0),
    indexBytes,
    fileBytes,
    faqIndexGzip: gzipSync(faqJson).length,
    p50: percentile(times, 50).toFixed(2),
    p95: percentile(times, 95).toFixed(2),
    cpuP50: percentile(cpuTimes, 50).toFixed(2),
    cpuP95: percentile(cpuTimes, 95).toFixed(2),
    cachedP95: percentile(cachedTimes, 95).toFixed(3),
  };
}

const baseline = loadBaseline('bench:search');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-search-'));
const { homeLists } = writeSyntheticContent(tmp, 2000);
const rows = [measure('real content', contentDir()), measure('synthetic', tmp, { homeLists })];
fs.rmSync(tmp, { recursive: true, force: true });
console.table(rows);
console.log(
  'Times in ms; sizes in bytes. indexBytes: the search structures as JSON; fileBytes: the whole index ' +
    'file the build writes (structures and documents). p50/p95: every query searched, uncached; ' +
    'cpuP50/cpuP95: the same queries in CPU time (the process, all threads), which other work on ' +
    'the machine disturbs less; ' +
    'cachedP95: through the query cache. ' +
    "faqIndexGzip: the FAQ questions' index, gzip (before: what /faq downloaded; now /faq asks /api/search).",
);
console.log(machineLine());
const figures: Figures = Object.fromEntries(
  rows.map((r) => [
    r.label,
    {
      buildMs: Number(r.buildMs),
      indexBytes: r.indexBytes,
      fileBytes: r.fileBytes,
      faqIndexGzip: r.faqIndexGzip,
      p50: Number(r.p50),
      p95: Number(r.p95),
      cpuP50: Number(r.cpuP50),
      cpuP95: Number(r.cpuP95),
      cachedP95: Number(r.cachedP95),
    },
  ]),
);
if (baseline) {
  console.log(`\nBefore: ${baseline.date}, ${baseline.machine}\n`);
  console.log(formatTable(compareRows(baseline, figures)));
}
saveRun('bench:search', figures);
