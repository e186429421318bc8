import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Scans the current page with axe (WCAG 2.0/2.1/2.2 A and AA) and fails on any violation. For
 * pages and states the audit does not crawl (the 400 page, the editors' dashboard): the audit scans
 * every sitemap page on both screens.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}

/**
 * Tag for tests that only speak HTTP (the `request` fixture, no browser page): their answer cannot
 * depend on the screen, so playwright.config.ts runs them in the desktop project only, not again at
 * 320 px.
 */
export const noBrowser = { tag: '@no-browser' };

/** Fails when the page is wider than the viewport (it would scroll sideways). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, 'page scrolls sideways by this many pixels').toBeLessThanOrEqual(0);
}

/** Waits until React has hydrated the page: its fiber keys appear on the page's elements. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('body *')].some((el) =>
      Object.keys(el).some((key) => key.startsWith('__reactFiber')),
    ),
  );
}

/** One of each kind of page, for checks that must hold everywhere. */
export const pageTypes = {
  home: '/',
  article: '/articles/what-is-intensive-outpatient-program',
  faq: '/faq',
  search: '/search?q=cost',
  person: '/people/editorial-team',
  trust: '/helpline',
  notFound: '/articles/no-such-article',
} as const;
