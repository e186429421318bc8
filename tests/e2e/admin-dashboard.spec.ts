/**
 * The editors' dashboard with seeded data, JavaScript off: searches that found nothing (with the
 * k-anonymity floor), helpfulness against the month before, and the content sections; and a
 * search that finds nothing really counted, from the search page through to the store.
 */
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SqliteFeedbackStore } from '../../lib/feedback/sqlite-store';
import { expectNoAxeViolations, waitForHydration } from './helpers';
import { bearer } from './support/feedback';

/** The SQLite file playwright.config.ts gives the server (seeded here, from the test process). */
const dbPath = process.env.E2E_DB_PATH ?? 'data/e2e-feedback.sqlite';

/** Words no page has and no other test (or project) searches: letters only, so they are kept. */
const nonsense = () =>
  `zq${[...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('')}`;

// The token as editors' tools send it (a browser sends it as HTTP Basic once prompted).
test.use({ javaScriptEnabled: false, extraHTTPHeaders: bearer() });
// A cold server reads the content and the search index on a page's first request: give it time.
test.describe.configure({ timeout: 120_000 });

const shown = `${nonsense()} clinic`;
const twice = `${nonsense()} clinic`;
const spanish = `${nonsense()} ayuda`;

test.beforeAll(async () => {
  const store = new SqliteFeedbackStore(dbPath);
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  try {
    // Three searches of one query, two of another; answers now and a month ago.
    for (let i = 0; i < 3; i++) await store.addSearchMiss({ lang: 'en', query: shown });
    for (let i = 0; i < 2; i++) await store.addSearchMiss({ lang: 'en', query: twice });
    for (let i = 0; i < 4; i++) await store.addSearchMiss({ lang: 'es', query: spanish });
    await store.add({ page: '/helpline', helpful: 'no', reasons: ['out-of-date'] }, daysAgo(3));
    await store.add(
      { page: '/helpline', helpful: 'no', reasons: ['out-of-date', 'other'] },
      daysAgo(10),
    );
    await store.add({ page: '/helpline', helpful: 'yes', reasons: [] }, daysAgo(40));
  } finally {
    await store.close();
  }
});

test('the dashboard shows seeded searches, answers and content status, without JavaScript', async ({
  page,
}, testInfo) => {
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Editors’ dashboard' })).toBeVisible();
  const english = page.getByRole('region', { name: 'English edition' });
  const spanishEdition = page.getByRole('region', { name: 'Spanish edition' });

  await test.step('searches that found nothing: three searches show, two never do', async () => {
    const table = english.getByRole('table', { name: /Searches with no results/ });
    const row = table.getByRole('row', { name: new RegExp(shown) });
    await expect(row.getByRole('rowheader')).toHaveText(shown);
    await expect(row.getByRole('cell').first()).toHaveText('3');
    await expect(row.getByRole('cell').nth(1)).toHaveText(/^\d{4}-W\d{2}$/);
    await expect(page.getByText(twice)).toHaveCount(0);
    await expect(
      spanishEdition.getByRole('table', { name: /Searches with no results/ }).getByRole('row', {
        name: new RegExp(spanish),
      }),
    ).toContainText('4');
  });

  await test.step('helpfulness: this month against the month before, top reasons, a described sparkline', async () => {
    const table = english.getByRole('table', { name: /Answers in the last 30 days/ });
    const row = table.getByRole('row', { name: /\/helpline/ });
    const cells = row.getByRole('cell');
    // Other tests answer on /helpline too: at least what was seeded here.
    await expect(cells.nth(0)).toHaveText(/\d+ yes, \d+ no/);
    await expect(cells.nth(2)).toContainText('Out of date');
    const sparkline = row.getByRole('img', { name: /Share of “yes” answers per week/ });
    await expect(sparkline).toBeVisible();
    expect(await sparkline.locator('polyline, circle').count()).toBeGreaterThan(0);
  });

  await test.step('what is due, and the Spanish pages missing or stale', async () => {
    await expect(english.getByRole('heading', { name: 'Due for review or update' })).toBeVisible();
    await expect(
      spanishEdition.getByRole('heading', { name: 'Due for review or update' }),
    ).toBeVisible();
    await expect(
      spanishEdition.getByRole('heading', { name: 'Spanish pages missing or out of date' }),
    ).toBeVisible();
  });

  await test.step('the CSV holds the shown query, not the one searched twice', async () => {
    const response = await page.request.get('/admin/unanswered-searches.csv');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    const csv = await response.text();
    expect(csv.split('\r\n')[0]).toBe('lang,query,searches,first_week');
    expect(csv).toContain(`en,${shown},3,`);
    expect(csv).not.toContain(twice);
  });

  if (testInfo.project.name === 'desktop') {
    await page.screenshot({ path: 'docs/screenshots/admin-dashboard.png', fullPage: true });
  }
});

test.describe('with JavaScript (axe runs in the page)', () => {
  test.use({ javaScriptEnabled: true });
  test('the FAQ filter reports words that match nothing once the reader pauses; the server counts them', async ({
    page,
  }) => {
    const word = nonsense();
    await page.goto('/faq');
    await waitForHydration(page);
    await page.getByLabel('Filter questions').fill(`${word} Quux`);
    const store = new SqliteFeedbackStore(dbPath);
    try {
      await expect
        .poll(
          async () =>
            (
              await store.searchMisses({
                lang: 'en',
                sinceWeek: '2000-W01',
                minSearches: 1,
                limit: 1000,
              })
            ).find((row) => row.query === `${word} quux`),
          { timeout: 15_000 },
        )
        .toMatchObject({ searches: 1 });
    } finally {
      await store.close();
    }
  });

  test('the dashboard has no axe violations', async ({ page }) => {
    await page.goto('/admin');
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test('a search page that finds nothing is counted, in the week and edition', async ({ page }) => {
  const word = nonsense();
  // Capitals and an accent: kept lowercase, the accent folded.
  const other = nonsense();
  const query = `${word.toUpperCase()}Ñ ${other}á`;
  const kept = `${word}n ${other}a`;
  await page.goto(`/es/buscar?q=${encodeURIComponent(query)}`);
  await expect(page.locator('main').getByRole('status')).toHaveText(
    `No hay resultados para “${query}”.`,
  );
  const store = new SqliteFeedbackStore(dbPath);
  try {
    // Counted just after the page is sent (Next's after()).
    await expect
      .poll(async () =>
        (
          await store.searchMisses({
            lang: 'es',
            sinceWeek: '2000-W01',
            minSearches: 1,
            limit: 1000,
          })
        ).find((row) => row.query === kept),
      )
      .toMatchObject({ searches: 1 });
  } finally {
    await store.close();
  }
});

test('the dashboard needs the token', async ({ baseURL }) => {
  const response = await fetch(`${baseURL}/admin`);
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toContain('Basic');
});
