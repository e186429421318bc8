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

/** Opens a page and waits until the script has taken over the button (as a reader's click would). */
async function openEnhanced(page: Page, path: string) {
  await page.goto(path);
  await expect(exitButton(page)).toHaveAttribute('data-enhanced', 'true');
}

test.describe('Exit this page', () => {
  test('click: the page is replaced by the neutral site, and Back skips it', async ({ page }) => {
    const arrived = await stubNeutralSite(page);
    await page.goto(pageTypes.faq);
    await openEnhanced(page, pageTypes.article);
    await page.waitForLoadState('networkidle');
    expect(arrived, 'no request to the neutral site before the button is used').toEqual([]);
    await exitButton(page).click();
    await page.waitForURL(neutral);
    expect(arrived).toEqual([{ url: neutral, referer: undefined }]);
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe(pageTypes.faq);
  });

  test('the page is blanked and "Loading." announced while the neutral site loads', async ({
    page,
  }) => {
    // A 204 answer leaves the old document in place, so what the reader saw meanwhile can be read.
    await page.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ status: 204 }));
    await openEnhanced(page, pageTypes.article);
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
      await openEnhanced(page, pageTypes.home);
      await exitButton(page).focus();
      await page.keyboard.press(key);
      await page.waitForURL(neutral);
    });
  }

  test('Shift pressed three times leaves, announcing each step', async ({ page }) => {
    await stubNeutralSite(page);
    await openEnhanced(page, pageTypes.article);
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
    await openEnhanced(page, pageTypes.article);
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
    await expect(exitButton(page)).not.toHaveAttribute('data-enhanced', 'true');
    await exitButton(page).click();
    await page.waitForURL(neutral);
    expect(arrived).toEqual([{ url: neutral, referer: undefined }]);
  });
});
