import { expect, type Page } from '@playwright/test';

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
