import { expect, test, type Page } from '@playwright/test';
import { pageTypes } from './helpers';

/**
 * Prefetch on intent (components/layout/speculation-rules.tsx): nothing is prefetched while a page
 * loads; a page is fetched ahead when the pointer rests on its link, and the click is served from it.
 */

/** The URLs the browser prefetched (it marks those requests `Sec-Purpose: prefetch`). */
function prefetches(page: Page): URL[] {
  const seen: URL[] = [];
  page.on('request', (request) => {
    if (request.headers()['sec-purpose']?.includes('prefetch')) seen.push(new URL(request.url()));
  });
  return seen;
}

test('nothing is prefetched on load; resting on a link fetches its page, and the click uses it', async ({
  page,
}) => {
  const seen = prefetches(page);
  await page.goto(pageTypes.article);
  await page.waitForLoadState('networkidle');
  expect(seen).toEqual([]);
  const link = page.locator('main a[href^="/articles/"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.hover();
  await expect.poll(() => seen.map((url) => url.pathname)).toContain(href);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const delivery = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as { deliveryType?: string }).deliveryType,
  );
  expect(delivery).toBe('navigational-prefetch');
});

test('another site, the APIs, the editors’ and feedback pages and the ZIP form are never prefetched; a page link is', async ({
  page,
}) => {
  const seen = prefetches(page);
  await page.goto(pageTypes.article);
  await page.waitForLoadState('networkidle');
  // Links the rules leave out, put on the page (the rules cover every link in the document).
  const excluded = [
    'https://example.org/',
    '/api/search?q=cost',
    '/admin/feedback',
    '/feedback/thanks?page=%2Fabout',
    '/es/comentarios/gracias?page=%2Fes',
    '/find?zip=10001',
    '/es/encontrar?zip=10001',
  ];
  await page.evaluate((hrefs) => {
    const list = document.createElement('ul');
    list.id = 'excluded-links';
    for (const href of hrefs) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = href;
      list.appendChild(document.createElement('li')).appendChild(link);
    }
    document.querySelector('main')!.prepend(list);
  }, excluded);
  for (const href of excluded) {
    await page.locator(`#excluded-links a[href="${href}"]`).hover();
    // Longer than the rest (about 200 ms) after which a matching link is fetched.
    await page.waitForTimeout(400);
  }
  expect(seen).toEqual([]);
  // The same hover on one of the site's pages does fetch it: the rules are live on this page.
  const link = page.locator('main a[href^="/articles/"]').first();
  const href = (await link.getAttribute('href'))!;
  await link.hover();
  await expect.poll(() => seen.map((url) => url.pathname)).toEqual([href]);
});
