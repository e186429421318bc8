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

test('another site is never prefetched, nor the APIs, the feedback pages or the ZIP form', async ({
  page,
}) => {
  const seen = prefetches(page);
  await page.goto(pageTypes.article);
  const source = page.locator('main a[href^="https://"]').first();
  await expect(source).toBeVisible();
  await source.hover();
  // Long enough for a prefetch on intent (about 200 ms of rest) to have started.
  await page.waitForTimeout(1000);
  expect(seen).toEqual([]);
  const rules = JSON.parse(
    (await page.locator('script[type="speculationrules"]').textContent()) ?? '',
  ) as { prefetch: Array<{ where: { and: [unknown, { not: { href_matches: string[] } }] } }> };
  const never = rules.prefetch[0]!.where.and[1].not.href_matches;
  for (const path of ['/api/*', '/feedback/thanks', '/es/comentarios/gracias', '/find*']) {
    expect(never).toContain(path);
  }
});
