import type { Page } from '@playwright/test';
import type { CheckOutcome } from './types';

/**
 * The reader's settings: print hides the site furniture and keeps the content in black, even from a
 * dark screen theme; forced colours keep a focus indicator and a visible edge on the call button;
 * reduced motion turns smooth scrolling off.
 */
export async function checkReaderSettings(page: Page): Promise<CheckOutcome> {
  const problems: string[] = [];

  // Printed from a dark-themed screen: the paper must still get black text.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
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
