import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

/**
 * An address that cannot be decoded (a stray `%`): Next alone answers 500 "Internal Server
 * Error"; the site answers 400 with a page of its own, in the path's edition, that keeps the
 * helpline (server.ts, lib/bad-request.ts).
 */
const cases = [
  { path: '/%', lang: 'en', title: 'This web address has a mistake', home: '/' },
  { path: '/articles/%E0%A4%A', lang: 'en', title: 'This web address has a mistake', home: '/' },
  {
    path: '/es/articulos/%ZZ',
    lang: 'es',
    title: 'Esta dirección web tiene un error',
    home: '/es',
  },
] as const;

for (const { path, lang, title, home } of cases) {
  test(`${path}: 400, a page in ${lang === 'es' ? 'Spanish' : 'English'} with the helpline`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(400);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('a[href="tel:+18006624357"]').first()).toBeVisible();
    await expect(page.locator(`main a[href="${home}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
