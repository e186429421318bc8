/**
 * `npm run lighthouse`: Lighthouse 12 (mobile settings) against `next start` (or LIGHTHOUSE_URL), in
 * rounds (LIGHTHOUSE_RUNS, default 3) that interleave every page with a bare Next page (the floor:
 * `scripts/lighthouse-floor/`, framework only, built into its own folder on first use and never
 * shipped), so each round sees the same machine.
 *
 * The speed a phone sees: every page type (home, an article, the FAQ, search, a Spanish article) and
 * the floor are loaded with DevTools throttling (`throttlingMethod: 'devtools'`: the browser really
 * runs at 4× CPU on a slow link, and LCP and TBT are what it observed), and again with Lighthouse's
 * default simulation (Lantern: an estimate from an unthrottled load). Both are printed beside the
 * floor's; the observed Δ from the floor is the target (LCP within 500 ms, TBT within 100 ms),
 * enforced with `--strict-performance`, reported otherwise, because these shared machines vary.
 *
 * Quality gates (always enforced, exit 1): accessibility, best practices and SEO 100 on every page
 * (the page types and the rest of the Spanish edition, scored in the first round) and cumulative
 * layout shift 0 in every run. Reports go to reports/lighthouse/. Builds nothing of the site.
 * LIGHTHOUSE_BASELINE_URL (a server of an earlier build, say main's, started by hand): its page types
 * are measured in the same rounds too, and each one's observed and simulated LCP and TBT are printed
 * before and after, so a change is judged on one machine in one run.
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
import { median as medianOf } from './bench-baseline';
import { startNextServer, stopNextServer, type NextServer } from './next-server';

/**
 * The pages scored: `compare` pages (one of each page type) are measured in every round, observed
 * and simulated, against the floor; the rest only for the quality gates, once. Each with any audit
 * skipped and the reason.
 */
const searchNoindex =
  'search results are `noindex, follow` on purpose: result pages are thin, endless duplicates of ' +
  'the articles (Google asks sites to keep internal search results out of its index); the ' +
  'articles and FAQ they link to are indexable';
const pages: Array<{ path: string; compare?: boolean; skip?: Record<string, string> }> = [
  { path: '/', compare: true },
  { path: '/articles/what-is-intensive-outpatient-program', compare: true },
  { path: '/faq', compare: true },
  { path: '/search?q=cost', compare: true, skip: { 'is-crawlable': searchNoindex } },
  { path: '/es/articulos/que-es-un-programa-intensivo-ambulatorio', compare: true },
  // The layout-only person page and the rest of the Spanish edition: quality gates only.
  { path: '/people/editorial-team' },
  { path: '/es' },
  { path: '/es/preguntas-frecuentes' },
  { path: '/es/buscar?q=costo', skip: { 'is-crawlable': searchNoindex } },
];
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const targets = { lcp: 500, tbt: 100 }; // observed, above the floor's median, in ms
const strictPerformance = process.argv.includes('--strict-performance');
const mustBePerfect = ['accessibility', 'best-practices', 'seo'] as const;
const reportDir = path.join(process.cwd(), 'reports', 'lighthouse');

const floorDir = path.join(process.cwd(), 'scripts', 'lighthouse-floor');
const floorLabel = 'floor: bare Next page';
const baselineBase = process.env.LIGHTHOUSE_BASELINE_URL?.replace(/\/$/, '');

type Method = 'devtools' | 'simulate';
type Figures = { performance: number[]; tbt: number[]; lcp: number[] };
type PageResult = {
  path: string;
  observed: Figures;
  simulated: Figures;
  scores: Record<(typeof mustBePerfect)[number], number>;
  cls: number[];
  failing: string[];
};

type RunnerResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>;

/** The median of the runs that measured (NaN when none did). */
function median(values: number[]): number {
  const measured = values.filter((n) => !Number.isNaN(n));
  return measured.length ? medianOf(measured) : Number.NaN;
}

/** The timings read from each run. */
const timings = ['total-blocking-time', 'largest-contentful-paint'] as const;

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
    // A timing it could not take (on a busy machine, TBT's NO_TTI_CPU_IDLE_PERIOD: the throttled
    // CPU never idled long enough) is the tool's fault too; after three tries it is reported as n/a.
    const unmeasured = timings
      .map((id) => answer.lhr.audits[id]?.errorMessage)
      .find((message) => message !== undefined);
    if (!answer.lhr.runtimeError && (!unmeasured || attempt === 3)) return answer;
    if (answer.lhr.runtimeError && attempt === 3)
      throw new Error(`${pagePath}: ${answer.lhr.runtimeError.message}`);
    console.warn(
      `${pagePath}: Lighthouse could not measure (${answer.lhr.runtimeError?.code ?? unmeasured}); trying again`,
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
  return startNextServer({ NEXT_DIST_DIR: undefined }, { port: floorPort(), cwd: floorDir });
}

/** LIGHTHOUSE_PORT + 1 for the floor when a port range is given (shared machines), else any port. */
function floorPort(): number | undefined {
  return process.env.LIGHTHOUSE_PORT ? Number(process.env.LIGHTHOUSE_PORT) + 1 : undefined;
}

const newFigures = (): Figures => ({ performance: [], tbt: [], lcp: [] });
const newResult = (pagePath: string): PageResult => ({
  path: pagePath,
  observed: newFigures(),
  simulated: newFigures(),
  scores: { accessibility: 0, 'best-practices': 0, seo: 0 },
  cls: [],
  failing: [],
});

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

  const results = pages.map((p) => newResult(p.path));
  const floor = newResult(floorLabel);
  const baselines = pages.map((p) => newResult(p.path));
  const loads: number[] = [];
  const benchmarkIndexes: number[] = [];
  let browser = 'unknown';
  const fileName = (pagePath: string) =>
    pagePath.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '_') || 'home';
  try {
    for (let run = 1; run <= runs; run++) {
      // Interleaved: the floor, then every page type (and its baseline), each observed and
      // simulated; in the first round, the gate-only pages too.
      const round = [
        { result: floor, url: floorServer.url + '/', skip: {}, gates: false },
        ...pages.flatMap(({ path: pagePath, compare, skip = {} }, i) => [
          ...(compare || run === 1
            ? [{ result: results[i]!, url: base + pagePath, skip, gates: run === 1 }]
            : []),
          ...(baselineBase && compare
            ? [{ result: baselines[i]!, url: baselineBase + pagePath, skip, gates: false }]
            : []),
        ]),
      ];
      for (const { result, url, skip, gates } of round) {
        const isFloor = result === floor;
        const isBaseline = baselines.includes(result);
        const compared = isFloor || pages.find((p) => p.path === result.path)?.compare;
        const methods: Method[] = compared ? ['devtools', 'simulate'] : ['simulate'];
        for (const method of methods) {
          // The gates are scored once, on the first round's simulated run.
          const onlyCategories =
            gates && method === 'simulate' ? ['performance', ...mustBePerfect] : ['performance'];
          const saveReport = run === 1 && !isBaseline;
          loads.push(os.loadavg()[0]!);
          const { lhr, report } = await runWithRetries(result.path, () =>
            lighthouse(url, {
              port: chrome.port,
              logLevel: 'error',
              output: saveReport ? ['html', 'json'] : 'json',
              onlyCategories,
              skipAudits: Object.keys(skip),
              throttlingMethod: method,
            }),
          );
          browser = lhr.environment.hostUserAgent.match(/Chrom(?:e|ium)\/[\d.]+/)?.[0] ?? browser;
          benchmarkIndexes.push(lhr.environment.benchmarkIndex);
          const figures = method === 'devtools' ? result.observed : result.simulated;
          figures.performance.push(Math.round((lhr.categories.performance?.score ?? 0) * 100));
          figures.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN);
          figures.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN);
          result.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN);
          // Progress: a line per run, as the whole measurement takes minutes.
          console.log(
            `  round ${run}/${runs} ${isFloor ? 'floor' : isBaseline ? `baseline ${result.path}` : result.path} ` +
              `(${method === 'devtools' ? 'observed' : 'simulated'}): TBT ${Math.round(figures.tbt.at(-1)!)} ms, ` +
              `LCP ${Math.round(figures.lcp.at(-1)!)} ms, performance ${figures.performance.at(-1)}, ` +
              `load ${os.loadavg()[0]!.toFixed(1)}`,
          );
          if (saveReport) {
            const [html, json] = report as string[];
            const name = `${isFloor ? 'floor' : fileName(result.path)}-${method === 'devtools' ? 'observed' : 'simulated'}`;
            await writeFile(path.join(reportDir, `${name}.html`), html!);
            await writeFile(path.join(reportDir, `${name}.json`), json!);
          }
          if (!gates || method !== 'simulate') continue;
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

  const ms = (n: number) => (Number.isNaN(n) ? 'n/a' : String(Math.round(n)));
  const delta = (n: number) => `${n >= 0 ? '+' : ''}${ms(n)}`;
  const floorObserved = { tbt: median(floor.observed.tbt), lcp: median(floor.observed.lcp) };
  const floorSimulated = { tbt: median(floor.simulated.tbt), lcp: median(floor.simulated.lcp) };

  // The speed a phone sees: observed (the target) and simulated, each beside the floor.
  const speedRows = [
    [
      'page',
      'observed LCP',
      'Δ floor',
      'observed TBT',
      'Δ floor',
      'target',
      'simulated LCP',
      'Δ floor',
      'simulated TBT',
      'Δ floor',
      'performance (simulated)',
    ],
  ];
  const speedProblems: string[] = [];
  for (const r of [...results.filter((_, i) => pages[i]!.compare), floor]) {
    const isFloor = r === floor;
    const lcp = median(r.observed.lcp);
    const tbt = median(r.observed.tbt);
    const unmeasured = [lcp, tbt, floorObserved.lcp, floorObserved.tbt].some(Number.isNaN);
    const over = [
      ...(unmeasured ? ['observed LCP or TBT could not be measured'] : []),
      ...(lcp - floorObserved.lcp > targets.lcp
        ? [`observed LCP ${delta(lcp - floorObserved.lcp)} ms > +${targets.lcp}`]
        : []),
      ...(tbt - floorObserved.tbt > targets.tbt
        ? [`observed TBT ${delta(tbt - floorObserved.tbt)} ms > +${targets.tbt}`]
        : []),
    ];
    speedProblems.push(...over.map((o) => `${r.path}: ${o}`));
    speedRows.push([
      r.path,
      ms(lcp),
      isFloor ? '' : delta(lcp - floorObserved.lcp),
      ms(tbt),
      isFloor ? '' : delta(tbt - floorObserved.tbt),
      isFloor ? 'floor' : unmeasured ? 'n/a' : over.length ? 'OVER' : 'met',
      ms(median(r.simulated.lcp)),
      isFloor ? '' : delta(median(r.simulated.lcp) - floorSimulated.lcp),
      ms(median(r.simulated.tbt)),
      isFloor ? '' : delta(median(r.simulated.tbt) - floorSimulated.tbt),
      `${median(r.simulated.performance)} (${r.simulated.performance.join(' ')})`,
    ]);
  }

  // The quality gates, every page.
  const gateRows = [['page', 'accessibility', 'best practices', 'SEO', 'CLS (max)', 'result']];
  const problems: string[] = [];
  for (const r of results) {
    const cls = Math.max(...r.cls);
    const pageProblems = [
      ...mustBePerfect.filter((id) => r.scores[id] < 100).map((id) => `${id} ${r.scores[id]}`),
      ...(cls > 0 || Number.isNaN(cls) ? [`cumulative layout shift ${cls}`] : []),
    ];
    problems.push(
      ...pageProblems.map((p) => `${r.path}: ${p}`),
      ...r.failing.map((f) => `${r.path}: ${f}`),
    );
    gateRows.push([
      r.path,
      String(r.scores.accessibility),
      String(r.scores['best-practices']),
      String(r.scores.seo),
      String(Number(cls.toFixed(3))),
      pageProblems.length ? 'FAIL' : 'pass',
    ]);
  }

  const cpus = os.cpus();
  console.log(`\nLighthouse ${runs} rounds, pages interleaved with the floor (mobile) on ${base}`);
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim()}, ${browser}, Lighthouse CPU benchmark index ` +
      `${Math.round(median(benchmarkIndexes))} (median; ${Math.round(Math.min(...benchmarkIndexes))}–` +
      `${Math.round(Math.max(...benchmarkIndexes))}), load average during the runs ` +
      `${median(loads).toFixed(2)} (median; ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)})\n`,
  );
  console.log('The speed a phone sees (medians, ms):\n');
  console.log(formatTable(speedRows));
  console.log(
    "\nObserved: DevTools throttling (4× CPU, slow 4G), timings the browser measured. Simulated: Lighthouse's " +
      "default estimate (reported, not the target). Δ floor: the median minus the bare Next page's median " +
      `in the same rounds. Target: observed LCP within ${targets.lcp} ms and TBT within ${targets.tbt} ms of ` +
      `the floor (${strictPerformance ? 'enforced' : 'reported; enforced with --strict-performance'}). ` +
      'A busy machine (low benchmark index, load above the core count) slows every page alike.\n',
  );
  console.log(formatTable(gateRows));
  for (const p of [...problems, ...speedProblems]) console.log(`  ${p}`);
  if (baselineBase) {
    const compared = [['page', 'metric', 'before', 'after', 'after − before']];
    results.forEach((r, i) => {
      if (!pages[i]!.compare) return;
      const b = baselines[i]!;
      const metrics: Array<[string, number[], number[]]> = [
        ['observed LCP', b.observed.lcp, r.observed.lcp],
        ['observed TBT', b.observed.tbt, r.observed.tbt],
        ['simulated LCP', b.simulated.lcp, r.simulated.lcp],
        ['simulated TBT', b.simulated.tbt, r.simulated.tbt],
      ];
      for (const [metric, before, after] of metrics)
        compared.push([
          r.path,
          metric,
          ms(median(before)),
          ms(median(after)),
          delta(median(after) - median(before)),
        ]);
    });
    console.log(`\nBefore: ${baselineBase}; after: ${base} (medians, same rounds)\n`);
    console.log(formatTable(compared));
  }
  const failed = gateRows.slice(1).filter((r) => r.at(-1) === 'FAIL').length;
  const slow = strictPerformance ? speedProblems.length : 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(`\nReports: ${path.relative(process.cwd(), reportDir)}/.`);
  console.log(
    failed || slow
      ? `lighthouse: ${failed} pages FAIL the gates${slow ? `, ${slow} speed targets missed` : ''} (${seconds} s)`
      : `lighthouse: all pages pass (${seconds} s)`,
  );
  return failed || slow ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
