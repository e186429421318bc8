import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, expectNoSidewaysScroll, pageTypes } from './helpers';

test.describe('an article page', () => {
  test('shows the title, byline with dates, key takeaways and contents', async ({ page }) => {
    await page.goto(pageTypes.article);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /intensive outpatient program/i,
    );
    const byline = page.locator('.review-byline');
    await expect(byline.getByRole('link', { name: 'Editorial team' })).toHaveAttribute(
      'href',
      '/people/editorial-team',
    );
    await expect(byline.locator('time[datetime]').first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect(await contents.getByRole('link').count()).toBeGreaterThan(3);
    await expect(page.getByRole('heading', { name: 'References' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a contents link moves to its heading', async ({ page }) => {
    await page.goto(pageTypes.article);
    const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(1);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const heading = page.locator(target);
    await expect(heading).toBeInViewport();
    await expect(heading).toHaveText((await link.textContent())!);
  });

  test('a citation mark links to its numbered reference', async ({ page }) => {
    await page.goto(pageTypes.article);
    const mark = page.locator('sup.cite a').first();
    const number = Number((await mark.textContent())!.replace(/\D/g, ''));
    const target = (await mark.getAttribute('href'))!;
    await mark.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    const reference = page.locator('section:has(#references) ol > li').nth(number - 1);
    await expect(reference).toHaveAttribute('id', target.slice(1));
    await expect(reference).toBeInViewport();
  });

  test('tables have a caption and header scopes', async ({ page }) => {
    await page.goto('/articles/levels-of-care');
    const table = page.locator('.table-scroll table').first();
    await expect(table.locator('caption')).not.toBeEmpty();
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThan(1);
    expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(1);
  });
});

test('an article that mentions opioids says what to do about an overdose', async ({ page }) => {
  await page.goto(pageTypes.article);
  const box = page.locator('#overdose-safety');
  await expect(box).toContainText('naloxone');
  await expect(box).toContainText('call 911 and give naloxone');
  await expect(box).toContainText('without a prescription');
  await expect(box).toContainText('Stay with the person');
  await page.locator('a[href="#overdose-safety"]').click();
  await expect(page).toHaveURL(/#overdose-safety$/);
});

test('an unknown article shows the designed 404 page', async ({ page }) => {
  const response = await page.goto(pageTypes.notFound);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('search').first()).toBeVisible();
});

test('an unknown person answers 404', async ({ request }) => {
  expect((await request.get('/people/nobody')).status()).toBe(404);
});

test('the skip link is the first stop for the keyboard and moves focus to the main content', async ({
  page,
}) => {
  await page.goto(pageTypes.article);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
  await page.keyboard.press('Tab');
  const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
  expect(next, 'the next Tab stays inside the main content').toBe(true);
});

test('the home page lists articles by topic', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Understanding IOP' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: /What is an intensive outpatient program/ }).first(),
  ).toBeVisible();
});

test('a person page shows role, credentials and their pages', async ({ page }) => {
  await page.goto(pageTypes.person);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Editorial team');
  await expect(page.getByText('Credentials', { exact: true })).toBeVisible();
  // A team writes but cannot review: its page does not claim reviews.
  await expect(page.getByRole('heading', { name: 'Pages written', exact: true })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/written or reviewed|medically reviewed/i);
  // Says who writes the site and how, with no placeholder.
  await expect(page.locator('main')).toContainText('No doctor or other clinician has reviewed');
  await expect(page.locator('main')).not.toContainText(/lists each member|Until then/);
  expect(
    await page.locator('#their-pages ~ ul a, section:has(#their-pages) a').count(),
  ).toBeGreaterThan(5);
});

for (const [kind, path] of Object.entries(pageTypes)) {
  test(`the ${kind} page does not scroll sideways and passes axe`, async ({ page }) => {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });
}

/** Each live English article's clinical review, as its file records it (reviewer: a person's id). */
function reviewsOnFile() {
  const folder = path.join('content', 'articles');
  const people = path.join('content', 'people');
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const { data } = matter(fs.readFileSync(path.join(folder, file), 'utf8'));
      const reviewer =
        typeof data.reviewer === 'string'
          ? (matter(fs.readFileSync(path.join(people, `${data.reviewer}.md`), 'utf8')).data
              .name as string)
          : undefined;
      return { path: `/articles/${file.replace(/\.mdx$/, '')}`, reviewer };
    });
}

test.describe('clinical review, for any mix of reviewed and unreviewed articles', () => {
  // What is checked is all in the server's HTML: no need to wait for scripts on every article.
  test.use({ javaScriptEnabled: false });

  test('each article says who reviewed it, or plainly that no named clinician has, and tells search engines the same', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const articles = reviewsOnFile();
    expect(articles.length).toBeGreaterThan(0);
    for (const { path: url, reviewer } of articles) {
      await test.step(`${url}: ${reviewer ?? 'not reviewed'}`, async () => {
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        const review = page.locator('.review-byline [data-review-status]');
        const data = (await page.locator('script[type="application/ld+json"]').allTextContents())
          .flatMap((text) => [JSON.parse(text)].flat())
          .find((d: Record<string, unknown>) => d['@type'] === 'MedicalWebPage');
        if (reviewer) {
          await expect(review).toContainText(`Medically reviewed by ${reviewer}`);
          await expect(review.getByRole('link', { name: reviewer })).toBeVisible();
          expect(data.reviewedBy?.name).toBe(reviewer);
          expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else {
          await expect(review).toContainText('Not yet reviewed by a named clinician');
          await expect(review).not.toContainText('Medically reviewed by');
          expect(data).not.toHaveProperty('reviewedBy');
          expect(data).not.toHaveProperty('lastReviewed');
        }
      });
    }
  });
});
