import { expect, test, type Page } from '@playwright/test';
import { expectNoSidewaysScroll, noBrowser } from './helpers';

const locator = 'https://findtreatment.gov/locator';

/**
 * Stands in for FindTreatment.gov, so nothing leaves the machine, and records what reached it.
 * Chromium hands the redirected request to the route, so the real redirect chain is exercised.
 */
async function stubLocator(page: Page) {
  const arrived: Array<{ url: string; referer: string | undefined }> = [];
  await page.route('https://findtreatment.gov/**', (route) => {
    arrived.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    return route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Locator stand-in</title><h1>Locator stand-in</h1>',
    });
  });
  return arrived;
}

/** Console messages in which Chromium reports a Content-Security-Policy violation. */
function cspViolations(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) messages.push(msg.text());
  });
  return messages;
}

test.describe('GET /find', noBrowser, () => {
  test('a valid ZIP code answers 303 to the locator, uncached and with no referrer', async ({
    request,
  }) => {
    for (const zip of ['20857', ' 20857 ', '20857-1234']) {
      const response = await request.get(`/find?zip=${encodeURIComponent(zip)}`, {
        maxRedirects: 0,
      });
      expect(response.status(), zip).toBe(303);
      expect(response.headers()['location'], zip).toBe(`${locator}?sAddr=20857`);
      expect(response.headers()['cache-control']).toBe('no-store');
      expect(response.headers()['referrer-policy']).toBe('no-referrer');
    }
  });

  test('an invalid ZIP code answers 400 with the form, the error and the value typed', async ({
    request,
  }) => {
    const response = await request.get('/find?zip=2085x', { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(response.headers()['location']).toBeUndefined();
    expect(response.headers()['cache-control']).toBe('no-store');
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    const html = await response.text();
    expect(html).toContain('<title>Error: Find a treatment program near you | IOP Guide</title>');
    expect(html).toContain('There is a problem');
    expect(html).toContain('Enter a ZIP code with 5 numbers, like 20857');
    expect(html).toMatch(/<input[^>]*id="zip"[^>]*value="2085x"/);
  });

  test('no ZIP code: 200 and the form with no error; an empty one: 200 and a prompt', async ({
    request,
  }) => {
    const bare = await request.get('/find', { maxRedirects: 0 });
    expect(bare.status()).toBe(200);
    expect(bare.headers()['cache-control']).toBe('no-store');
    const bareHtml = await bare.text();
    expect(bareHtml).toContain('<label for="zip"');
    expect(bareHtml).not.toContain('There is a problem');

    const empty = await request.get('/find?zip=', { maxRedirects: 0 });
    expect(empty.status()).toBe(200);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain('There is a problem');
    expect(emptyHtml).toContain('Enter a ZIP code');
  });

  test('the CSP lets forms go to this site and the locator origin, nothing else', async ({
    request,
  }) => {
    const csp = (await request.get('/')).headers()['content-security-policy']!;
    const formAction = csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('form-action'));
    expect(formAction).toBe("form-action 'self' https://findtreatment.gov");
  });
});

test.describe('the ZIP code form in a browser', () => {
  test('submitting goes to the locator for that ZIP code, with no CSP violation and no referrer', async ({
    page,
  }) => {
    const violations = cspViolations(page);
    const arrived = await stubLocator(page);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(arrived, 'no request to the locator before the reader submits').toEqual([]);
    await page.getByLabel('ZIP code').fill('20857');
    await page.getByRole('button', { name: 'Search FindTreatment.gov' }).click();
    await page.waitForURL(`${locator}?sAddr=20857`);
    await expect(page.getByRole('heading', { name: 'Locator stand-in' })).toBeVisible();
    expect(arrived).toEqual([{ url: `${locator}?sAddr=20857`, referer: undefined }]);
    expect(violations).toEqual([]);
  });

  test('control: with form-action limited to this site, Chromium blocks the same submit', async ({
    page,
  }) => {
    const violations = cspViolations(page);
    const arrived = await stubLocator(page);
    // The same page with the locator's origin taken out of form-action: proves the test above
    // would see a violation if the header lacked it.
    await page.route(
      (url) => url.pathname === '/find' && !url.search,
      async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        headers['content-security-policy'] = headers['content-security-policy']!.replace(
          /form-action [^;]+/,
          "form-action 'self'",
        );
        await route.fulfill({ response, headers });
      },
    );
    await page.goto('/find');
    await page.getByLabel('ZIP code').fill('20857');
    await page.getByRole('button', { name: 'Search FindTreatment.gov' }).click();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(violations[0]).toContain('form-action');
    expect(arrived).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/find');
  });

  test('the form is on the home page, the helpline page and /find, and has no errors', async ({
    page,
  }) => {
    test.slow(); // three pages: near 30 s on a busy 2-core machine
    for (const path of ['/', '/helpline', '/find']) {
      await page.goto(path);
      const input = page.getByLabel('ZIP code');
      await expect(input, path).toHaveAttribute('inputmode', 'numeric');
      await expect(input, path).toHaveAttribute('autocomplete', 'postal-code');
      await expect(input, path).toHaveAttribute('aria-describedby', 'zip-hint');
      await expect(page.getByText('choose intensive outpatient'), path).toBeVisible();
    }
    // axe: the audit scans /find and its error state (/find?zip=123) on both screens.
  });
});

test.describe('the ZIP code form with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a wrong ZIP code: 400, the error summary takes focus, then a fixed one goes on', async ({
    page,
  }) => {
    const arrived = await stubLocator(page);
    await page.goto('/find');
    await page.getByLabel('ZIP code').fill('123');
    const [response] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/find'),
      page.getByRole('button', { name: 'Search FindTreatment.gov' }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page).toHaveTitle(/^Error: /);
    const summary = page.locator('.error-summary');
    await expect(summary).toBeFocused();
    await expect(
      summary.getByRole('link', { name: 'Enter a ZIP code with 5 numbers, like 20857' }),
    ).toHaveAttribute('href', '#zip');
    const input = page.getByLabel('ZIP code');
    await expect(input).toHaveValue('123');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAttribute('aria-describedby', 'zip-hint zip-error');
    await expect(page.locator('#zip-error')).toHaveText(
      'Error: Enter a ZIP code with 5 numbers, like 20857',
    );
    await expectNoSidewaysScroll(page);

    await input.fill('20857');
    await page.getByRole('button', { name: 'Search FindTreatment.gov' }).click();
    await page.waitForURL(`${locator}?sAddr=20857`);
    expect(arrived.map((a) => a.url)).toEqual([`${locator}?sAddr=20857`]);
  });

  test('an empty submit: the form again, asking for a ZIP code', async ({ page }) => {
    await page.goto('/helpline');
    await page.getByRole('button', { name: 'Search FindTreatment.gov' }).click();
    await page.waitForURL(/\/find\?zip=$/);
    await expect(page.locator('#zip-error')).toHaveText('Error: Enter a ZIP code');
    await expect(page.locator('.error-summary')).toBeFocused();
  });
});
