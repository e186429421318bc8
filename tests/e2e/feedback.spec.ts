import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { countsFor, someArticlePaths, storedRowWith, uniqueComment } from './support/feedback';

const feedbackSection = (page: Page) =>
  page.getByRole('region', { name: 'Was this page helpful?' });

/**
 * Opens a page and waits until the script has taken over the feedback forms, as a reader's click
 * would (the scripts arrive after the first paint; a click before that posts the plain form).
 */
async function openEnhanced(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('#feedback [data-enhanced="true"]')).toHaveCount(1);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('#feedback').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

test.describe('with JavaScript', () => {
  test('No, then reasons and a comment, sent in place and announced', async ({ page, request }) => {
    const [article] = await someArticlePaths(request);
    const before = await countsFor(request, article!);
    await openEnhanced(page, article!);
    const section = feedbackSection(page);
    await expect(section.getByRole('button', { name: 'Yes' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    const heading = section.getByRole('heading', { level: 2 });
    const topInDocument = () =>
      heading.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const headingTop = await topInDocument();

    await test.step('answer No', async () => {
      await section.getByRole('button', { name: 'No' }).click();
      await expect(section.getByRole('status')).toHaveText('Thank you for your feedback.');
      await expect(section.getByRole('group', { name: 'What was missing?' })).toBeVisible();
      await expect(
        section.getByText(
          "Don't include personal information such as your name, email or phone number.",
        ),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    });

    const comment = uniqueComment('JS no: explain the costs');
    await test.step('add reasons and a comment', async () => {
      await section.getByLabel('Missing information').check();
      await section.getByLabel('Out of date').check();
      await section.getByLabel('What would have helped?').fill(comment);
      await section.getByRole('button', { name: 'Send' }).click();
      await expect(section.getByRole('status')).toHaveText(
        'Thank you. Your comments have been sent to our editors.',
      );
      await expect(section.getByRole('button', { name: 'Send' })).toHaveCount(0);
    });

    await test.step('no reload, nothing above moved, and editors see it', async () => {
      expect(page.url()).toContain(article!);
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
        true,
      );
      expect(await topInDocument()).toBe(headingTop);
      expect(await storedRowWith(request, comment)).toMatchObject({
        page: article,
        helpful: 'no',
        reasons: 'missing-information;out-of-date',
      });
      expect((await countsFor(request, article!)).no).toBeGreaterThanOrEqual(before.no + 1);
    });
  });

  test('Yes, then an optional comment (no reasons asked)', async ({ page, request }) => {
    await openEnhanced(page, '/about');
    const section = feedbackSection(page);
    await section.getByRole('button', { name: 'Yes' }).click();
    await expect(section.getByRole('status')).toHaveText('Thank you for your feedback.');
    await expect(section.getByRole('group', { name: 'What was missing?' })).toHaveCount(0);
    const comment = uniqueComment('JS yes: clear page, call me on 555-123-4567');
    await section.getByLabel('Your comment').fill(comment);
    await section.getByRole('button', { name: 'Send' }).click();
    await expect(section.getByRole('status')).toHaveText(/Your comments have been sent/);
    const row = await storedRowWith(request, comment.split('555-123-4567')[0]!);
    expect(row).toMatchObject({ page: '/about', helpful: 'yes', reasons: '' });
    expect(row!.comment).toContain('[phone removed]');
  });

  test('by keyboard alone', async ({ page, request }) => {
    const articles = await someArticlePaths(request);
    const article = articles.at(-1)!;
    await openEnhanced(page, article);
    const section = feedbackSection(page);
    const yes = section.getByRole('button', { name: 'Yes' });
    for (let i = 0; i < 300 && !(await yes.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(yes).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'No' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText('Thank you for your feedback.');

    await page.keyboard.press('Tab');
    await expect(section.getByLabel('Hard to understand')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(section.getByLabel('Hard to understand')).toBeChecked();
    const textarea = section.getByLabel('What would have helped?');
    for (
      let i = 0;
      i < 10 && !(await textarea.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(textarea).toBeFocused();
    const comment = uniqueComment('keyboard: shorter sentences');
    await page.keyboard.type(comment);
    await page.keyboard.press('Tab');
    await expect(section.getByRole('button', { name: 'Send' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText(/Your comments have been sent/);
    expect(await storedRowWith(request, comment)).toMatchObject({
      page: article,
      helpful: 'no',
      reasons: 'hard-to-understand',
    });
  });

  test('a helpline or crisis tap counts once per page view, anonymously', async ({
    page,
    request,
  }) => {
    // Each project taps on its own page, so the counts are exact while tests run in parallel.
    const [article] = await someArticlePaths(request);
    const target = test.info().project.name === 'desktop' ? '/about' : article!;
    // Headless Chromium has no phone app: keep the tel: link from navigating.
    await page.addInitScript(() =>
      window.addEventListener(
        'click',
        (event) => {
          if ((event.target as Element).closest?.('a[href^="tel:"]')) event.preventDefault();
        },
        true,
      ),
    );
    const before = await countsFor(request, target);
    await openEnhanced(page, target);
    const helpline = page.locator('#helpline a[data-helpline-tap="helpline"]');
    await helpline.click();
    await helpline.click();
    await page.locator('#helpline a[data-helpline-tap="crisis-call"]').click();
    await expect
      .poll(async () => (await countsFor(request, target)).helplineTaps - before.helplineTaps)
      .toBe(2);
    await page.waitForTimeout(500);
    expect((await countsFor(request, target)).helplineTaps - before.helplineTaps).toBe(2);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('No posts to a thank-you page with the follow-up form, then back to the page', async ({
    page,
    request,
  }) => {
    const [article] = await someArticlePaths(request);
    await page.goto(article!);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await feedbackSection(page).getByRole('button', { name: 'No' }).click();

    await expect(page).toHaveURL(/\/feedback\/thanks\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const comment = uniqueComment('no JS: needs a checklist');
    await page.getByLabel('Not what I was looking for').check();
    await page.getByLabel('What would have helped?').fill(comment);
    await page.getByRole('button', { name: 'Send' }).click();

    await expect(page).toHaveURL(/sent=details/);
    await expect(page.getByText('Your comments have been sent to our editors.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send' })).toHaveCount(0);
    expect(await storedRowWith(request, comment)).toMatchObject({
      page: article,
      helpful: 'no',
      reasons: 'not-what-i-was-looking-for',
    });
    await page.getByRole('link', { name: `Back to ${title}` }).click();
    await expect(page).toHaveURL(new RegExp(`${article}$`));
  });

  test('Yes is counted and the thank-you page links back', async ({ page, request }) => {
    const before = await countsFor(request, '/about');
    await page.goto('/about');
    await feedbackSection(page).getByRole('button', { name: 'Yes' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
    await expect(page.getByText('Your answer has been counted.')).toBeVisible();
    await expect(page.getByLabel('Your comment')).toBeVisible();
    expect((await countsFor(request, '/about')).yes).toBeGreaterThanOrEqual(before.yes + 1);
    await page.getByRole('link', { name: 'Back to About' }).click();
    await expect(page).toHaveURL(/\/about$/);
  });
});

test.describe('a comment that reads as a crisis', () => {
  test('with JavaScript: says nobody replies before sending, then gives 988 and 911 first', async ({
    page,
    request,
  }) => {
    const [article] = await someArticlePaths(request);
    await openEnhanced(page, article!);
    const section = feedbackSection(page);
    await section.getByRole('button', { name: 'No' }).click();
    await expect(section.locator('.feedback-no-reply')).toContainText(
      'Nobody reads comments right away, and we cannot reply.',
    );
    await expect(section.locator('.feedback-no-reply a[href="tel:988"]')).toBeVisible();
    const comment = uniqueComment('I relapsed and I want to die');
    await section.getByLabel('What would have helped?').fill(comment);
    await section.getByRole('button', { name: 'Send' }).click();
    const notice = section.locator('.feedback-crisis');
    await expect(notice.getByRole('heading')).toHaveText(
      'You do not have to go through this alone',
    );
    await expect(notice.locator('a[href="tel:988"]')).toBeVisible();
    await expect(notice.locator('a[href="tel:911"]')).toBeVisible();
    await expect(section.getByRole('status')).toHaveText(
      'Thank you. Your comments have been sent to our editors.',
    );
    // Stored as any comment is.
    expect(await storedRowWith(request, comment)).toMatchObject({ page: article, helpful: 'no' });
  });

  test('an everyday comment gets the thanks and the no-reply notice, no crisis notice', async ({
    page,
    request,
  }) => {
    const [article] = await someArticlePaths(request);
    await openEnhanced(page, article!);
    const section = feedbackSection(page);
    await section.getByRole('button', { name: 'Yes' }).click();
    await section.getByLabel('Your comment').fill(uniqueComment('clear and short'));
    await section.getByRole('button', { name: 'Send' }).click();
    await expect(section.getByRole('status')).toHaveText(
      'Thank you. Your comments have been sent to our editors.',
    );
    await expect(section.locator('.feedback-no-reply a[href="tel:911"]')).toBeVisible();
    await expect(section.locator('.feedback-crisis')).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the thank-you page gives 988 and 911 first, from a flag, never the comment', async ({
      page,
      request,
    }) => {
      const [article] = await someArticlePaths(request);
      await page.goto(article!);
      await feedbackSection(page).getByRole('button', { name: 'No' }).click();
      await expect(page.locator('.feedback-no-reply').first()).toBeVisible();
      const comment = uniqueComment('i dont want to live anymore');
      await page.getByLabel('What would have helped?').fill(comment);
      await page.getByRole('button', { name: 'Send' }).click();
      await expect(page).toHaveURL(/\/feedback\/thanks\?.*crisis=1/);
      expect(page.url()).not.toContain('live');
      const notice = page.locator('.feedback-crisis');
      await expect(notice.getByRole('heading')).toHaveText(
        'You do not have to go through this alone',
      );
      await expect(notice.locator('a[href="tel:988"]')).toBeVisible();
      expect(await storedRowWith(request, comment)).toMatchObject({ page: article });
    });
  });
});
