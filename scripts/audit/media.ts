import type { Page } from '@playwright/test';
import type { CheckOutcome } from './types';

/**
 * The reader's settings: print hides the site furniture and keeps the content; forced colours keep a
 * focus indicator and a visible edge on the call button; reduced motion turns smooth scrolling off.
 */
export async function checkReaderSettings(page: Page): Promise<CheckOutcome> {
  const problems: string[] = [];

  await page.emulateMedia({ media: 'print' });
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
        '.mobile-call-bar',
        '#feedback',
        '.skip-link',
      ].filter(shown),
      main: shown('main h1'),
    };
  });
  for (const selector of print.furniture) problems.push(`print: ${selector} is printed`);
  if (!print.main) problems.push('print: the page heading is not printed');
  await page.emulateMedia({ media: 'screen' });

  await page.emulateMedia({ forcedColors: 'active' });
  await page.locator('.site-header input[type="search"]').focus();
  const forced = await page.evaluate(() => {
    const input = document.activeElement as HTMLElement;
    const style = getComputedStyle(input);
    const call = document.querySelector<HTMLElement>('.call-button');
    const callStyle = call ? getComputedStyle(call) : null;
    return {
      focus: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      callEdge:
        !callStyle || (callStyle.borderStyle !== 'none' && parseFloat(callStyle.borderWidth) > 0),
    };
  });
  if (!forced.focus) problems.push('forced colours: focus indicator disappears');
  if (!forced.callEdge) problems.push('forced colours: the call button has no visible edge');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  const scroll = await page.evaluate(
    () => getComputedStyle(document.documentElement).scrollBehavior,
  );
  if (scroll === 'smooth') problems.push('reduced motion: scrolling is still smooth');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const smooth = await page.evaluate(
    () => getComputedStyle(document.documentElement).scrollBehavior,
  );
  await page.emulateMedia({ reducedMotion: 'reduce' });
  if (smooth !== 'smooth') problems.push('smooth scrolling is off even without reduced motion');
  return { problems };
}
