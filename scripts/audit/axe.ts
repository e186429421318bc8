import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { CheckOutcome } from './types';

/** The same WCAG 2.0/2.1/2.2 A and AA rule sets as the e2e helper (tests/e2e/helpers.ts). */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Rules switched off, each with the reason. Empty on purpose: add a rule here only with a reason
 * a reviewer would accept (the audit refuses an entry without one).
 */
export const disabledAxeRules: Record<string, string> = {};

for (const [rule, reason] of Object.entries(disabledAxeRules)) {
  if (reason.trim().length < 10) throw new Error(`axe rule ${rule} is disabled without a reason`);
}

/**
 * The dark theme changes colours only (every `dark:` style is a colour), so in dark mode only the
 * rules that read colours run again; the rest give the same answer in both schemes.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the page as it is now; every violation is a problem. */
export async function checkAxe(page: Page, scheme: 'light' | 'dark'): Promise<CheckOutcome> {
  const problems: string[] = [];
  let builder = new AxeBuilder({ page }).withTags(axeTags);
  if (scheme === 'dark') builder = builder.withRules(colourRules);
  const disabled = Object.keys(disabledAxeRules);
  if (disabled.length) builder = builder.disableRules(disabled);
  const results = await builder.analyze();
  for (const violation of results.violations) {
    const where = violation.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(', ');
    const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : '';
    const data = violation.nodes[0]?.any[0]?.data as
      { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
    const colours = data?.fgColor
      ? ` [${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1]`
      : '';
    problems.push(`${scheme}: ${violation.id}: ${violation.help} (${where}${more})${colours}`);
  }
  return { problems };
}
