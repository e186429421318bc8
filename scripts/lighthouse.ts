/**
 * `npm run lighthouse`: Lighthouse 12 (mobile settings) on the home page, the layout-only person page,
 * an article, the FAQ and search results, three rounds (pages interleaved, so each round sees the same
 * machine), against `next start` (or LIGHTHOUSE_URL). Each round also measures a bare Next page (the
 * floor: `scripts/lighthouse-floor/`, framework only, built into its own folder on first use and never
 * shipped), and each page's TBT and LCP are printed beside the floor's, with the machine, Chromium
 * version, Lighthouse's CPU benchmark index and the load average. Accessibility, best practices and SEO
 * must be 100 and cumulative layout shift 0, or it exits 1. Performance (median) is printed; it fails
 * the run only with `--strict-performance` (below 95 where the floor reaches 95), because these shared
 * machines make it vary. Reports go to reports/lighthouse/. Builds nothing of the site.
 * LIGHTHOUSE_BASELINE_URL (a server of an earlier build, say main's, started by hand): its pages are
 * measured in the same rounds too, and each page's TBT, LCP and performance are printed before and
 * after, so a change is judged on one machine in one run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './chromium';
import { formatTable } from './audit/table';
import { median } from './bench-baseline';
import { startNextServer, stopNextServer, type NextServer } from './next-server';

/** The pages scored, each with any audit skipped and the reason. */
const pages: Array<{ path: string; skip?: Record<string, string> }> = [
  { path: '/' },
  { path: '/people/editorial-team' },
  { path: '/articles/what-is-intensive-outpatient-program' },
  { path: '/faq' },
  {
    path: '/search?q=cost',
    skip: {
      'is-crawlable':
        'search results are `noindex, follow` on purpose: result pages are thin, endless duplicates of ' +
        'the articles (Google asks sites to keep internal search results out of its index); the ' +
        'articles and FAQ they link to are indexable',
    },
  },
  // The Spanish edition: home, an article, the FAQ and search.
  { path: '/es' },
  { path: '/es/articulos/que-es-un-programa-intensivo-ambulatorio' },
  { path: '/es/preguntas-frecuentes' },
  {
    path: '/es/buscar?q=costo',
    skip: {
      'is-crawlable':
        'search results are `noindex, follow` on purpose, in Spanish as in English (see /search)',
    },
  },
];
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const performanceTarget = 95;
const strictPerformance = process.argv.includes('--strict-performance');
const mustBePerfect = ['accessibility', 'best-practices', 'seo'] as const;
const reportDir = path.join(process.cwd(), 'reports', 'lighthouse');

const floorDir = path.join(process.cwd(), 'scripts', 'lighthouse-floor');
const floorLabel = 'floor: bare Next page';
const baselineBase = process.env.LIGHTHOUSE_BASELINE_URL?.replace(/\/$/, '');

type PageResult = {
  path: string;
  performance: number[];
  tbt: number[];
  lcp: number[];
  scores: Record<(typeof mustBePerfect)[number], number>;
  cls: number[];
  failing: string[];
};

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (e.g. NO_NAVSTART): a fault of the
 * measuring tool, not of the page. Such a run is retried, twice at most; a page's own failures are not.
 */
async function runWithRetries(
  pagePath: string,
  run: () => ReturnType<typeof lighthouse>,
): Promise<RunnerResult> {
  for (let attempt = 1; ; attempt++) {
    let answer: Awaited<ReturnType<typeof lighthouse>>;
    try {
      answer = await run();
    } catch (error) {
      // LighthouseError carries a code (e.g. PROTOCOL_TIMEOUT); anything else is a real bug.
      if (attempt === 3 || !(error as { code?: string }).code) throw error;
      console.warn(
        `${pagePath}: Lighthouse failed (${(error as { code: string }).code}); trying again`,
      );
      continue;
    }
    if (!answer) throw new Error(`Lighthouse gave no result for ${pagePath}`);
    if (!answer.lhr.runtimeError) return answer;
    if (attempt === 3) throw new Error(`${pagePath}: ${answer.lhr.runtimeError.message}`);
    console.warn(
      `${pagePath}: Lighthouse could not measure (${answer.lhr.runtimeError.code}); trying again`,
    );
  }
}

/** Builds the floor app on first use (into its own `.next`) and starts it on a free port. */
async function startFloor(): Promise<NextServer> {
  if (!existsSync(path.join(floorDir, '.next', 'BUILD_ID'))) {
    console.log('Building the floor page (scripts/lighthouse-floor), once…');
    const bin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
    // From its own folder: run from here, Next would also take the site's config, proxy and
    // instrumentation.
    const built = spawnSync(process.execPath, [bin, 'build'], {
      cwd: floorDir,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: undefined },
    });
    if (built.status !== 0) throw new Error(`building the floor page failed (${built.status})`);
  }
  return startNextServer({ NEXT_DIST_DIR: undefined }, { cwd: floorDir });
}

async function main(): Promise<number> {
  const started = Date.now();
  let server: NextServer | undefined;
  let base = process.env.LIGHTHOUSE_URL?.replace(/\/$/, '');
  if (!base) {
    server = await startNextServer(
      { FEEDBACK_DB_PATH: path.join('data', 'lighthouse-feedback.sqlite') },
      { port: process.env.LIGHTHOUSE_PORT ? Number(process.env.LIGHTHOUSE_PORT) : undefined },
    );
    base = server.url;
  }
  let floorServer: NextServer;
  try {
    floorServer = await startFloor();
  } catch (error) {
    server?.process.kill('SIGTERM'); // don't leave the site's server holding the port
    throw error;
  }
  await rm(reportDir, { recursive: true, force: true });
  await mkdir(reportDir, { recursive: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumPath,
    chromeFlags: chromiumFlags,
  });
  const stop = () => {
    chrome.kill();
    floorServer.process.kill('SIGTERM');
    server?.process.kill('SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', stop).once('SIGTERM', stop);

  const newResult = (pagePath: string): PageResult => ({
    path: pagePath,
    performance: [],
    tbt: [],
    lcp: [],
    scores: { accessibility: 0, 'best-practices': 0, seo: 0 },
    cls: [],
    failing: [],
  });
  const results = pages.map((p) => newResult(p.path));
  const floor = newResult(floorLabel);
  const baselines = pages.map((p) => newResult(p.path));
  const loads: number[] = [];
  const benchmarkIndexes: number[] = [];
  let browser = 'unknown';
  try {
    for (let run = 1; run <= runs; run++) {
      // Interleaved: the floor, then every page, in each round.
      const round = [
        { result: floor, url: floorServer.url + '/', skip: {}, name: 'floor' },
        ...pages.map(({ path: pagePath, skip = {} }, i) => ({
          result: results[i]!,
          url: base + pagePath,
          skip,
          name: pagePath.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '_') || 'home',
        })),
        ...(baselineBase
          ? pages.map(({ path: pagePath, skip = {} }, i) => ({
              result: baselines[i]!,
              url: baselineBase + pagePath,
              skip,
              name: '',
            }))
          : []),
      ];
      for (const { result, url, skip, name } of round) {
        const isFloor = result === floor;
        const isBaseline = baselines.includes(result);
        // The first round scores every category; the others (and the baseline) only performance.
        const onlyCategories =
          run === 1 && !isFloor && !isBaseline
            ? ['performance', ...mustBePerfect]
            : ['performance'];
        loads.push(os.loadavg()[0]!);
        const answer = await runWithRetries(result.path, () =>
          lighthouse(url, {
            port: chrome.port,
            logLevel: 'error',
            output: run === 1 && !isBaseline ? ['html', 'json'] : 'json',
            onlyCategories,
            skipAudits: Object.keys(skip),
          }),
        );
        const { lhr, report } = answer;
        browser = lhr.environment.hostUserAgent.match(/Chrom(?:e|ium)\/[\d.]+/)?.[0] ?? browser;
        benchmarkIndexes.push(lhr.environment.benchmarkIndex);
        result.performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
        result.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
        result.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
        result.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
        // Progress: a line per run, as the whole measurement takes minutes.
        console.log(
          `  round ${run}/${runs} ${isFloor ? 'floor' : isBaseline ? `baseline ${result.path}` : result.path}: performance ${result.performance.at(-1)}, TBT ${Math.round(result.tbt.at(-1)!)} ms, LCP ${Math.round(result.lcp.at(-1)!)} ms, load ${os.loadavg()[0]!.toFixed(1)}`,
        );
        if (run === 1 && !isBaseline) {
          const [html, json] = report as string[];
          await writeFile(path.join(reportDir, `${name}.html`), html!);
          await writeFile(path.join(reportDir, `${name}.json`), json!);
          if (isFloor) continue;
          for (const id of mustBePerfect) {
            const category = lhr.categories[id]!;
            result.scores[id] = Math.round((category.score ?? 0) * 100);
            for (const ref of category.auditRefs) {
              const audit = lhr.audits[ref.id]!;
              if (ref.weight > 0 && audit.score !== null && audit.score < 1)
                result.failing.push(`${id}: ${ref.id}: ${audit.title}`);
            }
          }
        }
      }
    }
    for (const { path: pagePath, skip = {} } of pages)
      for (const [audit, reason] of Object.entries(skip))
        console.log(`${pagePath}: audit ${audit} skipped: ${reason}`);
  } finally {
    chrome.kill();
    if (server) await stopNextServer(server);
    await stopNextServer(floorServer);
  }

  const floorPerf = median(floor.performance);
  const floorTbt = median(floor.tbt);
  const floorLcp = median(floor.lcp);
  const ms = (n: number) => String(Math.round(n));
  const rows = [
    [
      'page',
      'performance (median)',
      'runs',
      'TBT ms',
      'Δ floor',
      'LCP ms',
      'Δ floor',
      'accessibility',
      'best practices',
      'SEO',
      'CLS',
      'result',
    ],
  ];
  const problems: string[] = [];
  for (const r of results) {
    const perf = median(r.performance);
    const cls = Math.max(...r.cls);
    const pageProblems = [
      ...mustBePerfect.filter((id) => r.scores[id] < 100).map((id) => `${id} ${r.scores[id]}`),
      ...(cls > 0 || Number.isNaN(cls) ? [`cumulative layout shift ${cls}`] : []),
      ...(strictPerformance && perf < performanceTarget && floorPerf >= performanceTarget
        ? [`performance ${perf} < ${performanceTarget} (the floor reached ${floorPerf})`]
        : []),
    ];
    problems.push(
      ...pageProblems.map((p) => `${r.path}: ${p}`),
      ...r.failing.map((f) => `${r.path}: ${f}`),
    );
    rows.push([
      r.path,
      String(perf) + (perf < performanceTarget ? ' (below 95)' : ''),
      r.performance.join(' '),
      ms(median(r.tbt)),
      `${median(r.tbt) - floorTbt >= 0 ? '+' : ''}${ms(median(r.tbt) - floorTbt)}`,
      ms(median(r.lcp)),
      `${median(r.lcp) - floorLcp >= 0 ? '+' : ''}${ms(median(r.lcp) - floorLcp)}`,
      String(r.scores.accessibility),
      String(r.scores['best-practices']),
      String(r.scores.seo),
      String(Number(cls.toFixed(3))),
      pageProblems.length ? 'FAIL' : 'pass',
    ]);
  }
  rows.push([
    floorLabel,
    String(floorPerf),
    floor.performance.join(' '),
    ms(floorTbt),
    '',
    ms(floorLcp),
    '',
    '–',
    '–',
    '–',
    String(Number(Math.max(...floor.cls).toFixed(3))),
    'floor',
  ]);
  const cpus = os.cpus();
  console.log(`\nLighthouse ${runs} rounds, pages interleaved (mobile settings) on ${base}`);
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${browser}, Lighthouse CPU benchmark index ` +
      `${Math.round(median(benchmarkIndexes))} (median; ${Math.round(Math.min(...benchmarkIndexes))}–` +
      `${Math.round(Math.max(...benchmarkIndexes))}), load average during the runs ` +
      `${median(loads).toFixed(2)} (median; ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)})\n`,
  );
  console.log(formatTable(rows));
  for (const p of problems) console.log(`  ${p}`);
  if (baselineBase) {
    const ratio = (after: number, before: number) => `${(after / before).toFixed(2)}×`;
    const compared = [['page', 'metric', 'before', 'after', 'after ÷ before']];
    results.forEach((r, i) => {
      const b = baselines[i]!;
      const metrics: Array<[string, number, number]> = [
        ['performance', median(b.performance), median(r.performance)],
        ['TBT ms', median(b.tbt), median(r.tbt)],
        ['LCP ms', median(b.lcp), median(r.lcp)],
      ];
      for (const [metric, before, after] of metrics)
        compared.push([r.path, metric, ms(before), ms(after), ratio(after, before)]);
    });
    console.log(`\nBefore: ${baselineBase}; after: ${base} (medians, same rounds)\n`);
    console.log(formatTable(compared));
  }
  const failed = rows.slice(1).filter((r) => r.at(-1) === 'FAIL').length;
  console.log(
    "Δ floor: the page's median minus the bare Next page's median in the same run. Targets: TBT within " +
      '150 ms, LCP within 500 ms. Lighthouse simulates a 4× slower phone from what it observes, so a ' +
      'busy machine (low benchmark index, high load) inflates TBT for every page alike.',
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `\nReports: ${path.relative(process.cwd(), reportDir)}/. Performance ${
      strictPerformance
        ? `must be at least ${performanceTarget}`
        : 'is reported, not enforced (use --strict-performance)'
    }.`,
  );
  console.log(
    failed
      ? `lighthouse: ${failed} pages FAIL (${seconds} s)`
      : `lighthouse: all pages pass (${seconds} s)`,
  );
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
