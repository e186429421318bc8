/**
 * `npm run audit`: quality gates against a production server (`next start`, or AUDIT_URL). Every page
 * in the sitemap plus search results and the not-found page, on a desktop and a 320 px phone:
 * axe (light and dark), keyboard, reflow and 200% text, reader settings (print, forced colours,
 * reduced motion), valid HTML (Nu Html Checker), internal links and anchors, privacy, and weight
 * against budgets. Prints one table and exits 1 on any failure. Builds nothing: run `npm run build` first.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startNextServer, stopNextServer, type NextServer } from '../next-server';
import { checkAxe } from './axe';
import { chromiumFlags, chromiumPath, viewports, type ViewportName } from './browser';
import { validateHtml } from './html';
import { checkKeyboard } from './keyboard';
import { checkLinks, collectLinks } from './links';
import { checkForcedColours, checkPrint, checkReducedMotion } from './media';
import { watchPrivacy } from './privacy';
import { pagesToAudit } from './pages';
import { checkReflow, checkTextZoom } from './reflow';
import { formatTable, kb } from './table';
import type { AuditPage } from './types';
import { budgets, htmlBudget, ownJs, weighPage, type Weight } from './weight';

const checks = [
  'load',
  'axe',
  'keyboard',
  'reflow',
  'settings',
  'html',
  'links',
  'privacy',
  'weight',
] as const;
type Check = (typeof checks)[number];

/** Pages whose JavaScript is the framework's floor: no client components of their own. */
const floorCandidates = ['/people/editorial-team', '/articles/no-such-page-audit'];

const reportDir = path.join(process.cwd(), 'reports', 'audit');
const started = Date.now();

/**
 * Seconds spent in each kind of browser check and how often it ran, summed over pages, and how many
 * page loads the browser made: to keep the audit's time honest.
 */
const spent = new Map<string, { seconds: number; runs: number }>();
async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const t = Date.now();
  try {
    return await work();
  } finally {
    const sum = spent.get(name) ?? { seconds: 0, runs: 0 };
    spent.set(name, { seconds: sum.seconds + (Date.now() - t) / 1000, runs: sum.runs + 1 });
  }
}
let pageLoads = 0;

async function main() {
  let server: NextServer | undefined;
  let base = process.env.AUDIT_URL?.replace(/\/$/, '');
  if (!base) {
    server = await startNextServer(
      {
        FEEDBACK_DB_PATH: path.join('data', 'audit-feedback.sqlite'),
        FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
      },
      { port: process.env.AUDIT_PORT ? Number(process.env.AUDIT_PORT) : undefined },
    );
    base = server.url;
    const stop = () => {
      server?.process.kill('SIGTERM');
      process.exit(130);
    };
    process.once('SIGINT', stop).once('SIGTERM', stop);
  }
  try {
    return await audit(base);
  } finally {
    if (server) await stopNextServer(server);
  }
}

async function audit(base: string): Promise<number> {
  const origin = new URL(base).origin;
  const { pages, sitemapOrigins } = await pagesToAudit(base);
  console.log(`Auditing ${pages.length} pages on ${base} (desktop and 320 px)…`);

  const problems = new Map<string, Map<Check, string[]>>(
    pages.map((p) => [p.path, new Map(checks.map((c) => [c, [] as string[]]))]),
  );
  const report = (page: string, check: Check, list: string[], prefix = '') =>
    problems
      .get(page)!
      .get(check)!
      .push(...list.map((p) => (prefix ? `${prefix}: ${p}` : p)));

  // Server HTML: saved for the HTML checker and weighed.
  const htmlDir = path.join(reportDir, 'html');
  await rm(htmlDir, { recursive: true, force: true });
  await mkdir(htmlDir, { recursive: true });
  const fileOf = new Map<string, string>();
  const weights = new Map<string, Weight>();
  for (const page of pages) {
    const response = await fetch(page.url);
    const html = await response.text();
    if (response.status !== page.expectStatus)
      report(page.path, 'load', [`answers ${response.status}, expected ${page.expectStatus}`]);
    const file = `${page.path.replace(/^\//, '').replace(/[^a-z0-9-]+/gi, '_') || 'index'}.html`;
    fileOf.set(file, page.path);
    await writeFile(path.join(htmlDir, file), html);
    weights.set(page.path, await weighPage(html, page.url));
  }
  const htmlErrors = validateHtml(htmlDir); // Java runs alongside the browser checks.
  htmlErrors.catch(() => {}); // awaited (and thrown) below

  const floorPath = floorCandidates
    .filter((p) => weights.has(p))
    .sort((a, b) => weights.get(a)!.js - weights.get(b)!.js)[0];
  if (!floorPath) throw new Error(`none of ${floorCandidates.join(', ')} was audited`);
  const floorScripts = new Set(weights.get(floorPath)!.scripts);
  const own = new Map<string, number>();
  for (const page of pages) {
    const weight = weights.get(page.path)!;
    const mine = await ownJs(weight, floorScripts);
    own.set(page.path, mine);
    const over: string[] = [];
    if (mine > budgets.ownJs) over.push(`own JS ${kb(mine)} KB > ${kb(budgets.ownJs)} KB`);
    if (weight.css > budgets.css) over.push(`CSS ${kb(weight.css)} KB > ${kb(budgets.css)} KB`);
    if (weight.html > htmlBudget(page.path))
      over.push(`HTML ${kb(weight.html)} KB > ${kb(htmlBudget(page.path))} KB`);
    report(page.path, 'weight', over);
  }

  // Browser checks, two pages at a time (the machines have two cores).
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const linksByPage = new Map<string, string[]>();
  const jobs = pages.flatMap((page) =>
    (Object.keys(viewports) as ViewportName[]).map((viewport) => ({ page, viewport })),
  );
  const concurrency = Number(process.env.AUDIT_CONCURRENCY ?? 2);
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        try {
          await browserChecks(browser, job.page, job.viewport, origin, linksByPage, report);
        } catch (error) {
          report(job.page.path, 'load', [
            `${job.viewport}: ${(error as Error).message.split('\n')[0]}`,
          ]);
        }
        // Progress, one line per page and viewport: the whole audit takes minutes.
        const found = [...problems.get(job.page.path)!.values()].flat().length;
        console.log(
          `  [${++done}/${jobs.length}] ${job.page.path} (${job.viewport})${found ? `: ${found} problem(s) so far` : ''}`,
        );
      }
    }),
  );
  await browser.close();

  const links = await checkLinks(
    linksByPage,
    base,
    [origin, ...sitemapOrigins],
    new Map(pages.map((p) => [p.path, p.expectStatus])),
  );
  for (const [page, list] of links.problems) report(page, 'links', list);
  for (const [file, list] of await htmlErrors) {
    const page = fileOf.get(file);
    if (page) report(page, 'html', list);
    else
      for (const p of pages)
        report(
          p.path,
          'html',
          list.map((m) => `${file}: ${m}`),
        );
  }

  // One table, then every problem.
  const cell = (list: string[]) => (list.length ? `FAIL ${list.length}` : 'ok');
  const rows = [
    [
      'page',
      'axe',
      'keyboard',
      'reflow',
      'settings',
      'html',
      'links',
      'privacy',
      'JS KB',
      'own JS',
      'CSS KB',
      'HTML KB',
      'result',
    ],
  ];
  let failed = 0;
  for (const page of pages) {
    const byCheck = problems.get(page.path)!;
    const w = weights.get(page.path)!;
    const all = [...byCheck.values()].flat();
    if (all.length) failed++;
    rows.push([
      page.path + (page.path === floorPath ? ' (floor)' : ''),
      cell(byCheck.get('axe')!),
      cell(byCheck.get('keyboard')!),
      cell(byCheck.get('reflow')!),
      cell(byCheck.get('settings')!),
      cell(byCheck.get('html')!),
      cell(byCheck.get('links')!),
      cell(byCheck.get('privacy')!),
      kb(w.js),
      kb(own.get(page.path)!),
      kb(w.css),
      kb(w.html),
      all.length ? 'FAIL' : 'pass',
    ]);
  }
  console.log(`\n${formatTable(rows)}\n`);
  console.log(
    `Budgets (gzip): own JS ≤ ${kb(budgets.ownJs)} KB above the framework floor (${kb(weights.get(floorPath)!.js)} KB, measured on ${floorPath}), ` +
      `CSS ≤ ${kb(budgets.css)} KB, HTML ≤ ${kb(budgets.html)} KB (FAQ pages ≤ ${kb(budgets.faqHtml)} KB). ${links.checked} internal link targets checked.`,
  );
  for (const page of pages) {
    for (const [check, list] of problems.get(page.path)!) {
      for (const p of list) console.log(`  ${page.path} [${check}] ${p}`);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `\nBrowser time by check (summed over ${jobs.length} page views, ${concurrency} at a time; ` +
      `${pageLoads} page loads): ` +
      [...spent]
        .map(([name, { seconds, runs }]) => `${name} ${seconds.toFixed(0)} s (${runs}×)`)
        .join(', '),
  );
  console.log(
    failed
      ? `\naudit: ${failed} of ${pages.length} pages FAIL (${seconds} s)`
      : `\naudit: all ${pages.length} pages pass (${seconds} s)`,
  );
  return failed ? 1 : 0;
}

async function browserChecks(
  browser: Browser,
  page: AuditPage,
  viewportName: ViewportName,
  origin: string,
  linksByPage: Map<string, string[]>,
  report: (page: string, check: Check, list: string[], prefix?: string) => void,
) {
  const { width, height, ...device } = viewports[viewportName];
  // Reduced motion: focus scrolls instantly, so what is on screen can be measured at once.
  const context = await browser.newContext({
    viewport: { width, height },
    ...device,
    reducedMotion: 'reduce',
  });
  // tsx keeps function names with an `__name` helper that functions sent to page.evaluate expect.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  try {
    const tab = await context.newPage();
    tab.on('load', () => pageLoads++);
    const privacy = watchPrivacy(tab, origin);
    const response = await timed('load', async () => {
      const answer = await tab.goto(page.url, { waitUntil: 'load' });
      // Let hydration and link prefetching finish, so privacy sees every request.
      await tab.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      return answer;
    });
    if (response?.status() !== page.expectStatus)
      report(page.path, 'load', [`answers ${response?.status()}`], viewportName);

    // axe sees the page as it loaded; the keyboard check then scrolls and moves focus. (Run after
    // it, axe judged header targets half under the sticky exit strip as too small.)
    report(
      page.path,
      'axe',
      (await timed('axe', () => checkAxe(tab, 'light'))).problems,
      viewportName,
    );
    const keyboard = await timed('keyboard', () => checkKeyboard(tab));
    report(page.path, 'keyboard', keyboard.problems, viewportName);
    if (viewportName === 'mobile') {
      report(
        page.path,
        'reflow',
        (await timed('reflow', () => checkReflow(tab))).problems,
        viewportName,
      );
    } else {
      linksByPage.set(page.path, await collectLinks(tab));
      report(page.path, 'settings', (await checkReducedMotion(tab)).problems, viewportName);
      report(
        page.path,
        'reflow',
        (await timed('reflow', () => checkTextZoom(tab))).problems,
        viewportName,
      );
    }

    // The rest differs by colour scheme or reader setting, not by screen width (the dark theme
    // changes colours only; every `dark:` style is a colour, and no element shows at one width
    // only), so it runs once, at the desktop width.
    if (viewportName === 'desktop') {
      // Dark theme: a fresh load, as a reader with a dark system setting gets it. (Switching the
      // scheme on a loaded page now and then left Chromium's table text in the light colours.)
      await tab.emulateMedia({ colorScheme: 'dark' });
      await timed('load', () => tab.reload({ waitUntil: 'load' }));
      report(
        page.path,
        'axe',
        (await timed('axe', () => checkAxe(tab, 'dark'))).problems,
        viewportName,
      );
      for (const check of [checkForcedColours, checkPrint]) {
        const settings = await timed('settings', () => check(tab));
        report(page.path, 'settings', settings.problems, viewportName);
      }
    }
    report(page.path, 'privacy', await privacy.finish(context), viewportName);
  } finally {
    await context.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
