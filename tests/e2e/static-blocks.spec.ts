import { expect, test, type Page } from '@playwright/test';
import { pageTypes, waitForHydration } from './helpers';

/**
 * Static blocks (components/static/static-block.tsx): content that never changes in the browser is
 * sent once, as HTML, and React leaves it as the server sent it.
 */

/** Every console error and uncaught exception, so a hydration failure cannot pass unseen. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Waits until React has hydrated the page: the feedback form's enhancement is a client leaf. */
async function hydrated(page: Page) {
  await page.waitForLoadState('networkidle');
  await waitForHydration(page);
}

test('an article is sent once as HTML, not again as flight data', async ({ request }) => {
  const html = await (await request.get(pageTypes.article)).text();
  // A sentence from the body, a reference and a footer line: each appears once in the document.
  for (const text of ['Key takeaways', 'References', 'National Helpline']) {
    expect(html).toContain(text);
  }
  const flight = html.slice(html.indexOf('self.__next_f'));
  expect(flight).not.toContain('Key takeaways');
  expect(flight).not.toContain('prose prose-lg');
  expect(flight.length).toBeLessThan(40_000);
});

test('after hydration the article, its links, citations and tables still work', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/articles/levels-of-care');
  await hydrated(page);
  const table = page.locator('.table-scroll table').first();
  await expect(table.locator('caption')).not.toBeEmpty();
  await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
  const mark = page.locator('sup.cite a').first();
  const target = (await mark.getAttribute('href'))!;
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  // The feedback widget, a client leaf beside the block, still answers in place.
  await page.getByRole('button', { name: 'Yes' }).first().click();
  await expect(page.locator('#feedback').getByRole('status')).toHaveText(
    'Thank you for your feedback.',
  );
  // An internal link in the body is a plain link: it loads the page it names.
  const internal = page.locator('article .prose a[href^="/articles/"]').first();
  const href = (await internal.getAttribute('href'))!;
  await internal.click();
  await expect(page).toHaveURL(new RegExp(`${href.split('#')[0]}`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the FAQ filter still narrows the questions inside the static block', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/faq');
  await hydrated(page);
  const all = await page.locator('details.faq:visible').count();
  await page.getByLabel('Filter questions').fill('cost');
  await expect.poll(() => page.locator('details.faq:visible').count()).toBeLessThan(all);
  expect(errors).toEqual([]);
});
