import { expect, test } from '@playwright/test';
import { noBrowser } from './helpers';

test.describe('site search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search box finds the cost article, with matches marked', async ({ page }) => {
    await page.goto('/articles/levels-of-care');
    await page
      .getByRole('searchbox', { name: 'Search this site' })
      .first()
      .fill('how much does it cost');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await expect(page).toHaveURL(/\/search\?q=how\+much\+does\+it\+cost/);
    const results = page.locator('.search-results > li');
    await expect(results.first()).toContainText(/cost|pay/i);
    await expect(results.first().locator('mark').first()).toBeVisible();
    await results.first().getByRole('link').click();
    await expect(page).toHaveURL(/\/articles\/iop-cost-and-insurance|\/faq#/);
  });

  test('no results offers the FAQ page and the helpline, and echoes the query safely', async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent('<i>zzqxv</i>')}`);
    await expect(page.locator('#main-content').getByRole('status')).toContainText(
      'No results for “<i>zzqxv</i>”',
    );
    await expect(page.locator('main i')).toHaveCount(0);
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Browse all common questions' })).toBeVisible();
    await expect(page.locator('main a[href="tel:+18006624357"]')).toBeVisible();
  });

  test('the FAQ filter box submits to site search', async ({ page }) => {
    await page.goto('/faq');
    await page.getByLabel('Filter questions').fill('insurance');
    await page.getByLabel('Filter questions').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=insurance/);
    await expect(page.locator('.search-results > li').first()).toBeVisible();
  });

  test('every question is on the FAQ page, readable in native disclosure widgets', async ({
    page,
  }) => {
    await page.goto('/faq');
    expect(await page.locator('details.faq').count()).toBeGreaterThanOrEqual(35);
    const first = page.locator('details.faq').first();
    await first.locator('summary').click();
    await expect(first.locator('p')).toBeVisible();
  });
});

test.describe('the FAQ page with JavaScript', () => {
  test('filters as you type and announces the number of matches', async ({ page }) => {
    await page.goto('/faq');
    const total = await page.locator('details.faq').count();
    await page.getByLabel('Filter questions').fill('medicare');
    await expect(page.locator('#main-content').getByRole('status')).toHaveText(
      /^\d+ questions? match\.$/,
    );
    const visible = await page.locator('details.faq:visible').count();
    expect(visible).toBeGreaterThan(0);
    expect(visible).toBeLessThan(total);
    for (const text of await page.locator('details.faq:visible').allTextContents()) {
      expect(text).toMatch(/medicare|medicaid/i);
    }
    await page.getByLabel('Filter questions').fill('');
    await expect(page.locator('details.faq:visible')).toHaveCount(total);
  });

  test('a deep link opens that question', async ({ page }) => {
    await page.goto('/faq');
    const id = await page.locator('details.faq').nth(5).getAttribute('id');
    // Arrive as a reader does, from another page, so the FAQ page loads with the hash.
    await page.goto('/');
    await page.goto(`/faq#${id}`);
    await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
    await expect(page.locator(`details#${id} p`)).toBeInViewport();
  });

  test('the filter asks the search API only when used, and downloads no index', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto('/faq');
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain('/api/search');
    await page.getByLabel('Filter questions').fill('job');
    await expect(page.locator('#main-content').getByRole('status')).toHaveText(/match/);
    expect(requested).toContain('/api/search');
    expect(requested).not.toContain('/faq-index.json');
  });

  test('survives a malformed hash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/faq#%');
    await page.getByLabel('Filter questions').fill('medicare');
    await expect(page.locator('#main-content').getByRole('status')).toHaveText(
      /^\d+ questions? match\.$/,
    );
    expect(errors).toEqual([]);
  });

  test('says so when the search API fails, and tries again on the next keystroke', async ({
    page,
  }) => {
    await page.goto('/faq');
    const total = await page.locator('details.faq').count();
    let failures = 1;
    await page.route('**/api/search?*', (route) =>
      failures-- > 0 ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
    );
    const box = page.getByLabel('Filter questions');
    await box.fill('medicare');
    await expect(page.locator('#main-content').getByRole('status')).toHaveText(/not working/);
    await expect(page.locator('details.faq:visible')).toHaveCount(total);
    await box.press('End');
    await box.pressSequentially('s');
    await box.press('Backspace');
    await expect(page.locator('#main-content').getByRole('status')).toHaveText(
      /^\d+ questions? match\.$/,
    );
    expect(await page.locator('details.faq:visible').count()).toBeLessThan(total);
  });
});

test.describe('GET /api/search', noBrowser, () => {
  test('returns results best first in the contract shape', async ({ request }) => {
    const response = await request.get('/api/search?q=cost&limit=5');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.query).toBe('cost');
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(5);
    for (const result of body.results) {
      expect(Object.keys(result).sort()).toEqual(['snippet', 'title', 'type', 'url']);
      expect(['article', 'section', 'faq']).toContain(result.type);
    }
    expect(body.results[0].url).toMatch(/cost/);
  });

  test('understands synonyms and typos', async ({ request }) => {
    const online = await (await request.get('/api/search?q=telehealth')).json();
    expect(online.results[0].url).toMatch(/virtual|online/);
    const typo = await (await request.get('/api/search?q=insurence')).json();
    expect(typo.results.length).toBeGreaterThan(0);
  });

  test('type=faq searches only the questions and can return every one', async ({ request }) => {
    const body = await (await request.get('/api/search?q=cost&type=faq')).json();
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) expect(result.type).toBe('faq');
    expect((await request.get('/api/search?q=cost&type=page')).status()).toBe(400);
  });

  test('an empty or missing query is 200 with no results; over 200 characters is 400', async ({
    request,
  }) => {
    expect(await (await request.get('/api/search')).json()).toEqual({ query: '', results: [] });
    expect(await (await request.get('/api/search?q=')).json()).toEqual({ query: '', results: [] });
    const long = await request.get(`/api/search?q=${'a'.repeat(201)}`);
    expect(long.status()).toBe(400);
    expect((await long.json()).error).toMatch(/200 characters/);
  });

  test('lang=es searches the Spanish edition, accents and typos forgiven, with Spanish URLs', async ({
    request,
  }) => {
    const response = await request.get('/api/search?q=adiccion&lang=es&limit=5');
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.results.length).toBeGreaterThan(0);
    for (const result of body.results) {
      expect(Object.keys(result).sort()).toEqual(['snippet', 'title', 'type', 'url']);
      expect(result.url).toMatch(/^\/es\//);
    }
    const cost = await (
      await request.get('/api/search?q=cuanto+cuesta+el+seguro+medico&lang=es')
    ).json();
    expect(cost.results[0].url).toMatch(/^\/es\/articulos\/(costo-del-iop|pagar-el-iop)/);
    const typo = await (await request.get('/api/search?q=desintoxicasion&lang=es')).json();
    expect(typo.results.length).toBeGreaterThan(0);
    const faq = await (await request.get('/api/search?q=medicaid&type=faq&lang=es')).json();
    expect(faq.results.length).toBeGreaterThan(0);
    for (const result of faq.results) expect(result.url).toMatch(/^\/es\/preguntas-frecuentes#/);
  });

  test('an unknown lang is 400 and says which are allowed', async ({ request }) => {
    const response = await request.get('/api/search?q=cost&lang=fr');
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toMatch(/lang must be one of "en", "es"/);
  });
});
