import { expect, test } from '@playwright/test';

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
    await results.first().getByRole('link').first().click();
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

test.describe('GET /api/search', () => {
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
    const empty = { query: '', crisis: false, crisisKinds: [], results: [] };
    expect(await (await request.get('/api/search')).json()).toEqual(empty);
    expect(await (await request.get('/api/search?q=')).json()).toEqual(empty);
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

test.describe('crisis first, and more results, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a query that reads as suicide shows the crisis box inside main, above every result', async ({
    page,
  }) => {
    await page.goto(`/search?q=${encodeURIComponent('i dont want to live anymore')}`);
    const box = page.locator('main .crisis-box');
    await expect(box).toBeVisible();
    await expect(box.getByRole('heading', { level: 2 })).toHaveText('You can get help right now');
    await expect(box.locator('a[href="tel:988"]')).toHaveText('call 988');
    await expect(box.locator('a[href^="sms:988"]')).toHaveText('text 988');
    await expect(box.locator('a[href="tel:911"]')).toHaveText('call 911');
    // Above every result: the box comes first in the page's order.
    const firstResult = page.locator('.search-results > li').first();
    await expect(firstResult).toBeVisible();
    expect(
      await box.evaluate(
        (el, other) => !!(el.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await firstResult.elementHandle(),
      ),
    ).toBe(true);
    await expect(firstResult).not.toContainText('IOP for teens');
  });

  test('an overdose happening now adds what to do: 911, naloxone, stay with them', async ({
    page,
  }) => {
    await page.goto('/search?q=he+is+not+breathing');
    const box = page.locator('main .crisis-box');
    await expect(box).toContainText('If someone may have overdosed: call 911, give naloxone');
    await expect(box).toContainText('stay with them until help arrives');
    await page.goto('/search?q=kill+myself');
    await expect(page.locator('main .crisis-box')).toBeVisible();
  });

  test('an everyday question gets no crisis box', async ({ page }) => {
    await page.goto('/search?q=cost+of+iop');
    await expect(page.locator('.search-results > li').first()).toBeVisible();
    await expect(page.locator('.crisis-box')).toHaveCount(0);
  });

  test('shows the real total and pages through every result with plain links', async ({ page }) => {
    await page.goto('/search?q=treatment');
    const status = page.locator('#main-content').getByRole('status');
    await expect(status).toContainText(/\d+ results for “treatment”\. Page 1 of \d+\./);
    const first = await page.locator('.search-results > li > a').allTextContents();
    expect(first).toHaveLength(10);
    await page.getByRole('link', { name: 'Next results' }).click();
    await expect(page).toHaveURL(/\/search\?q=treatment&page=2$/);
    await expect(status).toContainText('Page 2 of');
    await expect(page.locator('ol.search-results')).toHaveAttribute('start', '11');
    const second = await page.locator('.search-results > li > a').allTextContents();
    expect(second.some((title) => first.includes(title))).toBe(false);
    await page.getByRole('link', { name: 'Previous results' }).click();
    await expect(status).toContainText('Page 1 of');
  });

  test('marks only the words typed, and groups hits under their article', async ({ page }) => {
    await page.goto('/search?q=insurance');
    const marks = await page.locator('.search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^insur/i.test(m))).toBe(true);
    await expect(page.locator('.search-results .search-more').first()).toBeVisible();
  });
});

test.describe('the FAQ filter and a crisis, with JavaScript', () => {
  test('shows the crisis box before the matches, and ranks questions that match first', async ({
    page,
  }) => {
    await page.goto('/faq');
    const filter = page.getByLabel('Filter questions');
    await filter.fill('i want to die');
    const box = page.locator('.faq-crisis .crisis-box');
    // The first question to a fresh server may load the search index: room for a busy machine.
    await expect(box).toBeVisible({ timeout: 15_000 });
    await expect(box.locator('a[href="tel:988"]')).toBeVisible();
    await expect(box.locator('a[href="tel:911"]')).toBeVisible();
    await filter.fill('insurance');
    await expect(box).toHaveCount(0);
    const best = page.locator('.faq-best');
    await expect(best.getByRole('heading', { name: 'Questions with your words' })).toBeVisible();
    const firstMatch = best.locator('.faq-matches').first().getByRole('link').first();
    await expect(firstMatch.locator('mark')).toHaveText(/insurance/i);
    await firstMatch.click();
    await expect(page.locator('details.faq[open]')).toHaveCount(1);
  });
});

test.describe('GET /api/search and a crisis', () => {
  test('answers "crisis": true for suicide or an overdose now, in either language', async ({
    request,
  }) => {
    const ask = async (query: string) =>
      (await (await request.get(`/api/search?${query}`)).json()) as {
        crisis: boolean;
        crisisKinds: string[];
      };
    expect(await ask('q=kill+myself')).toMatchObject({ crisis: true, crisisKinds: ['suicide'] });
    expect(await ask('q=quiero+morir&lang=es')).toMatchObject({ crisis: true });
    expect(await ask(`q=${encodeURIComponent('se tomó muchas pastillas')}&lang=es`)).toMatchObject({
      crisis: true,
      crisisKinds: ['overdose'],
    });
    expect(await ask('q=i+want+to+die&type=faq')).toMatchObject({ crisis: true });
    expect(await ask('q=cost+of+iop')).toMatchObject({ crisis: false, crisisKinds: [] });
    expect(await ask('q=overdose+risk+after+a+break')).toMatchObject({ crisis: false });
    expect(await ask('q=')).toMatchObject({ crisis: false });
  });
});
