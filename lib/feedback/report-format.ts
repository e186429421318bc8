import { feedbackReasons, reasonIds } from './schema';
import type { Summary } from './types';

/** "83%" or "–" when nobody has answered yet. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${percent}%`;
}

/** The per-page table as plain text, for `npm run feedback:report`. */
export function formatSummaryTable(summary: Summary): string {
  const header = ['page', 'yes', 'no', 'helpful', 'comments', 'taps', ...reasonIds];
  const rows = summary.pages.map((p) => [
    p.page,
    String(p.yes),
    String(p.no),
    formatPercent(p.helpfulPercent),
    String(p.comments),
    String(p.helplineTaps),
    ...reasonIds.map((id) => String(p.reasons[id])),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const legend = reasonIds.map((id) => `${id} = ${feedbackReasons[id]}`).join('; ');
  return [
    line(header),
    ...rows.map(line),
    '',
    `${summary.total} answers, ${summary.helplineTaps} helpline taps on ${summary.pages.length} pages`,
    `Reasons: ${legend}`,
  ].join('\n');
}
