import type { Page } from '@playwright/test';
import type { CheckOutcome } from './types';

/** Parts of every page, in the order a keyboard should meet them. */
const regions = [
  'skip link',
  'exit this page',
  'crisis lines',
  'site name',
  'navigation',
  'search',
  'content',
  'feedback',
  'helpline',
  'footer',
] as const;
type Region = (typeof regions)[number] | 'elsewhere';

/** Regions a keyboard must reach on every page (feedback only where the page has the form). */
const required: Region[] = [
  'skip link',
  'exit this page',
  'crisis lines',
  'navigation',
  'search',
  'content',
  'helpline',
];

type Stop = {
  region: Region;
  label: string;
  isBody: boolean;
  focusVisible: boolean;
  rendered: boolean;
  obscured: boolean;
};

const maxStops = 500;

/**
 * Tabs through the whole page from the top: the skip link comes first, the page's parts follow in
 * reading order, every stop shows a focus indicator and is not hidden behind something fixed
 * (WCAG 2.4.7, 2.4.11), and the skip link moves focus into the main content.
 */
export async function checkKeyboard(page: Page): Promise<CheckOutcome> {
  const problems: string[] = [];
  // Start from the top of the page, as a reader arriving there does. Blurring alone leaves Chromium's
  // sequential-focus starting point where focus was (an error summary focuses itself on load), so a
  // throwaway element at the start of <body> takes focus and goes away.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus({ preventScroll: true });
    start.remove();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(describeFocus);
    if (stop.isBody || (stops.length > 0 && stop.label === stops[0]!.label)) break;
    stops.push(stop);
  }
  if (stops.length >= maxStops) problems.push(`more than ${maxStops} tab stops: focus trapped?`);
  if (stops[0]?.region !== 'skip link')
    problems.push(`first tab stop is ${stops[0]?.label ?? 'nothing'}, not the skip link`);

  const hasFeedback = await page.locator('#feedback').count();
  const reached = new Set(stops.map((s) => s.region));
  for (const region of hasFeedback ? [...required, 'feedback' as const] : required)
    if (!reached.has(region)) problems.push(`tab order never reaches the ${region}`);

  let rank = -1;
  for (const stop of stops) {
    const r = regions.indexOf(stop.region as (typeof regions)[number]);
    if (r < 0) problems.push(`tab stop outside the known page parts: ${stop.label}`);
    else if (r < rank) problems.push(`${stop.label} (${stop.region}) comes after ${regions[rank]}`);
    else rank = r;
    if (!stop.rendered) problems.push(`focus lands on something not shown: ${stop.label}`);
    else if (!stop.focusVisible) problems.push(`no visible focus indicator on ${stop.label}`);
    if (stop.obscured) problems.push(`focused ${stop.label} is hidden behind another element`);
  }

  // The skip link must move focus to the main content, so the next Tab starts there.
  await page.locator('a.skip-link').first().focus();
  await page.keyboard.press('Enter');
  const after = await page.evaluate(() => document.activeElement?.id ?? '');
  if (after !== 'main-content')
    problems.push(`the skip link leaves focus on #${after || 'body'}, not the main content`);

  return { problems: [...new Set(problems)], note: `${stops.length} stops` };
}

/** Runs in the page: what has focus, where it is, and whether a reader can see it. */
function describeFocus(): Stop {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement)
    return {
      region: 'elsewhere',
      label: 'body',
      isBody: true,
      focusVisible: false,
      rendered: false,
      obscured: false,
    };
  const within = (selector: string) => el.closest(selector) !== null;
  const region: Region = within('.skip-link')
    ? 'skip link'
    : within('.exit-bar')
      ? 'exit this page'
      : within('.crisis-bar')
        ? 'crisis lines'
        : within('.site-header nav')
          ? 'navigation'
          : within('.site-header [role="search"]')
            ? 'search'
            : within('.site-header')
              ? 'site name'
              : within('#feedback')
                ? 'feedback'
                : within('main')
                  ? 'content'
                  : within('#helpline')
                    ? 'helpline'
                    : within('.site-footer')
                      ? 'footer'
                      : 'elsewhere';
  const name =
    el.getAttribute('aria-label') ||
    (el as HTMLInputElement).labels?.[0]?.textContent ||
    el.textContent ||
    el.getAttribute('href') ||
    '';
  const label = `${el.tagName.toLowerCase()} "${name.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;

  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  const rect = el.getBoundingClientRect();
  const rendered = rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden';

  // 2.4.11: hidden only if no sampled point of the element is the topmost thing there.
  const inset = 2;
  const points = [
    [rect.left + rect.width / 2, rect.top + rect.height / 2],
    [rect.left + inset, rect.top + inset],
    [rect.right - inset, rect.top + inset],
    [rect.left + inset, rect.bottom - inset],
    [rect.right - inset, rect.bottom - inset],
  ].filter(([x, y]) => x! >= 0 && y! >= 0 && x! < innerWidth && y! < innerHeight);
  const seen = points.some(([x, y]) => {
    const hit = document.elementFromPoint(x!, y!);
    return hit !== null && (el.contains(hit) || hit.contains(el));
  });
  return {
    region,
    label,
    isBody: false,
    focusVisible: outline || shadow,
    rendered,
    obscured: rendered && !seen,
  };
}
