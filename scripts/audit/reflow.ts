import type { Page } from '@playwright/test';
import type { CheckOutcome } from './types';

/** How far the page is wider than the window, and what sticks out (WCAG 1.4.10). */
async function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow <= 0) return null;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (el) =>
          !el.parentElement ||
          el.parentElement.getBoundingClientRect().right <= window.innerWidth + 1,
      )
      .slice(0, 3)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`,
      );
    return `scrolls sideways by ${overflow}px (${culprits.join(', ') || 'unknown element'})`;
  });
}

/** At a 320 px wide viewport nothing scrolls sideways. */
export async function checkReflow(page: Page): Promise<CheckOutcome> {
  const overflow = await sidewaysOverflow(page);
  return { problems: overflow ? [`320px: ${overflow}`] : [] };
}

/**
 * Text at 200% (root font size doubled) in a 640 px window (1280 px at 200% browser zoom): nothing
 * scrolls sideways, the heading fits, and the main content is still on screen.
 */
export async function checkTextZoom(page: Page): Promise<CheckOutcome> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: 640, height: 800 });
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
    window.scrollTo(0, 0);
  });
  const problems: string[] = [];
  const overflow = await sidewaysOverflow(page);
  if (overflow) problems.push(`text 200%: ${overflow}`);
  const main = await page.evaluate(() => {
    const m = document.querySelector('main');
    const h1 = document.querySelector('h1');
    const box = m?.getBoundingClientRect();
    const h = h1?.getBoundingClientRect();
    return {
      mainVisible: !!box && box.width > 200 && box.height > 0,
      h1Fits: !h || (h.left >= 0 && h.right <= window.innerWidth + 1),
      h1Size: h1 ? parseFloat(getComputedStyle(h1).fontSize) : 0,
    };
  });
  if (!main.mainVisible) problems.push('text 200%: main content is squeezed or hidden');
  if (!main.h1Fits) problems.push('text 200%: the heading is cut off');
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  await page.setViewportSize(before);
  return { problems };
}
