import type { Page } from '@playwright/test';
import type { CheckOutcome } from './types';

// A check that reads colours loads the page afresh under the setting, as a reader who has it set
// gets the page: switching media features on a loaded page now and then left Chromium showing stale
// colours.

/** Reduced motion (the audit's browser asks for it): no smooth scrolling. */
export async function checkReducedMotion(page: Page): Promise<CheckOutcome> {
  const scroll = await page.evaluate(
    () => getComputedStyle(document.documentElement).scrollBehavior,
  );
  return { problems: scroll === 'smooth' ? ['reduced motion: scrolling is still smooth'] : [] };
}

/** Print, from a dark screen theme: no site furniture on paper, and the content in black. */
export async function checkPrint(page: Page): Promise<CheckOutcome> {
  const problems: string[] = [];
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await page.reload({ waitUntil: 'load' });
  const print = await page.evaluate(() => {
    const shown = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)].some(
        (el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0,
      );
    return {
      furniture: [
        '.crisis-bar',
        '.site-header nav',
        '.site-header form',
        '.exit-bar',
        '#feedback',
        '.skip-link',
      ].filter(shown),
      main: shown('main h1'),
      pale: [...document.querySelectorAll<HTMLElement>('main h1, main p, main li')]
        .filter((el) => getComputedStyle(el).color !== 'rgb(0, 0, 0)')
        .slice(0, 2)
        .map((el) => `${el.tagName.toLowerCase()} (${getComputedStyle(el).color})`),
    };
  });
  for (const selector of print.furniture) problems.push(`print: ${selector} is printed`);
  if (!print.main) problems.push('print: the page heading is not printed');
  for (const el of print.pale) problems.push(`print: text is not black: ${el}`);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  return { problems };
}

/** Forced colours (Windows high contrast): a focus indicator, and a visible edge on the call button. */
export async function checkForcedColours(page: Page): Promise<CheckOutcome> {
  const problems: string[] = [];
  // No reload: this reads outlines and borders, which the media query switches at once, not colours.
  await page.emulateMedia({ forcedColors: 'active' });
  await page.locator('.site-header input[type="search"]').focus();
  const forced = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as HTMLElement);
    const call = document.querySelector<HTMLElement>('.call-button');
    const callStyle = call ? getComputedStyle(call) : null;
    return {
      focus: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      callEdge:
        !callStyle || (callStyle.borderStyle !== 'none' && parseFloat(callStyle.borderWidth) > 0),
    };
  });
  if (!forced.focus) problems.push('forced colours: focus indicator disappears');
  if (!forced.callEdge) problems.push('forced colours: the call button has no visible edge');
  await page.emulateMedia({ forcedColors: 'none' });
  return { problems };
}
