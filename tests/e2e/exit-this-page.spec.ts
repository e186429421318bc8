import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from './helpers';

const neutral = 'https://www.bbc.co.uk/weather';

/** Stands in for the neutral site, so nothing leaves the machine; records what reached it. */
async function stubNeutralSite(page: Page) {
  const arrived: Array<{ url: string; referer: string | undefined }> = [];
  await page.route('https://www.bbc.co.uk/**', async (route) => {
    arrived.push({ url: route.request().url(), referer: route.request().headers()['referer'] });
    await route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><title>Weather stand-in</title><h1>Weather stand-in</h1>',
    });
  });
  return arrived;
}

const exitButton = (page: Page) => page.getByRole('button', { name: 'Emergency Exit this page' });

/**
 * Opens a page the way a reader in a hurry does: ready to act the moment the button is on screen,
 * without waiting for the page's scripts or hydration. (Chromium ignores input until a page's first
 * paint, as a reader cannot press what is not yet drawn: so "on screen" is the first paint.)
 */
async function openAndActAtOnce(page: Page, path: string) {
  await page.goto(path, { waitUntil: 'commit' });
  await expect(exitButton(page)).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('first-contentful-paint').length > 0,
    undefined,
    { polling: 10, timeout: 20_000 },
  );
}

/** Leaves with a click, then goes Back: the page that was left must not come back. */
async function clickExitThenBack(page: Page) {
  const arrived = await stubNeutralSite(page);
  await page.goto(pageTypes.faq);
  await openAndActAtOnce(page, pageTypes.article);
  await exitButton(page).click();
  await page.waitForURL(neutral);
  expect(arrived).toEqual([{ url: neutral, referer: undefined }]);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe(pageTypes.faq);
}

/** Leaves with Shift pressed three times. */
async function shiftThriceLeaves(page: Page) {
  await stubNeutralSite(page);
  await openAndActAtOnce(page, pageTypes.article);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await page.waitForURL(neutral);
}

test.describe('Exit this page', () => {
  test('nothing is asked of the neutral site until the button is used', async ({ page }) => {
    const arrived = await stubNeutralSite(page);
    await page.goto(pageTypes.article);
    await page.waitForLoadState('networkidle');
    expect(arrived).toEqual([]);
  });

  test('click at once: the page is replaced by the neutral site, and Back skips it', async ({
    page,
  }) => {
    await clickExitThenBack(page);
  });

  test('Shift pressed three times at once leaves', async ({ page }) => {
    await shiftThriceLeaves(page);
  });

  test('the page is blanked and "Loading." announced while the neutral site loads', async ({
    page,
  }) => {
    // A 204 answer leaves the old document in place, so what the reader saw meanwhile can be read.
    await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 204 }));
    await openAndActAtOnce(page, pageTypes.article);
    await exitButton(page).click();
    const overlay = page.locator('.exit-this-page-overlay');
    await expect(overlay).toHaveAttribute('role', 'alert');
    await expect(overlay).toHaveText('Loading.');
    await expect(page.locator('main h1')).toBeHidden();
    await expect(exitButton(page)).toBeHidden();
  });

  for (const key of ['Enter', ' '] as const) {
    test(`keyboard: ${key === ' ' ? 'Space' : key} on the focused button leaves`, async ({
      page,
    }) => {
      await stubNeutralSite(page);
      await openAndActAtOnce(page, pageTypes.home);
      await exitButton(page).focus();
      await page.keyboard.press(key);
      await page.waitForURL(neutral);
    });
  }

  test('Shift pressed three times leaves, announcing each step', async ({ page }) => {
    await stubNeutralSite(page);
    await openAndActAtOnce(page, pageTypes.article);
    const status = page.getByRole('status').filter({ hasText: /Shift|expired/ });
    await page.keyboard.press('Shift');
    await expect(page.getByText('Shift, press 2 more times to exit.')).toBeAttached();
    await page.keyboard.press('Shift');
    await expect(page.getByText('Shift, press 1 more time to exit.')).toBeAttached();
    await expect(status).toHaveCount(1);
    await page.keyboard.press('Shift');
    await page.waitForURL(neutral);
  });

  test('another key breaks the sequence; Shift used for capitals never counts', async ({
    page,
  }) => {
    const arrived = await stubNeutralSite(page);
    await openAndActAtOnce(page, pageTypes.article);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await expect(page.getByText('Exit this page expired.')).toBeAttached();
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.getByRole('searchbox').first().focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+A');
    await page.waitForTimeout(300);
    expect(arrived).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(pageTypes.article);
  });

  test('it comes right after the skip link, with "Browsing privately" beside it', async ({
    page,
  }) => {
    await page.goto(pageTypes.article);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Browsing privately' }).first()).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(exitButton(page)).toBeFocused();
    await expect(page.getByRole('link', { name: 'Browsing privately' }).first()).toHaveAttribute(
      'href',
      '/browsing-privately',
    );
  });

  test('it stays on screen while the reader scrolls', async ({ page }) => {
    await page.goto(pageTypes.article);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(exitButton(page)).toBeInViewport();
  });
});

test.describe('Exit this page with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('it is a plain link to the same neutral site, sending no referrer', async ({ page }) => {
    const arrived = await stubNeutralSite(page);
    await page.goto(pageTypes.article);
    await expect(exitButton(page)).toHaveAttribute('href', neutral);
    await exitButton(page).click();
    await page.waitForURL(neutral);
    expect(arrived).toEqual([{ url: neutral, referer: undefined }]);
  });
});

test.describe('Exit this page before React loads', () => {
  // The page's scripts never arrive: only the inline script in the page itself can act.
  test.beforeEach(async ({ page }) => {
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
  });

  test('click, then Back: the page does not come back', async ({ page }) => {
    await clickExitThenBack(page);
  });

  test('Shift pressed three times leaves', async ({ page }) => {
    await shiftThriceLeaves(page);
  });
});

test.describe('Exit this page on a slow phone (CPU 6× slower)', () => {
  test.beforeEach(async ({ page, browserName }) => {
    test.skip(browserName !== 'chromium', 'CPU throttling is a Chromium DevTools feature');
    test.slow(); // everything, the neutral site's stand-in included, loads 6× slower
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  });

  test('click at once, then Back: the page does not come back', async ({ page }) => {
    await clickExitThenBack(page);
  });

  test('Shift pressed three times at once leaves', async ({ page }) => {
    await shiftThriceLeaves(page);
  });
});
