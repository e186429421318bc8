import { csvLine } from '../feedback/csv';
import type { SearchMissCount } from '../feedback/types';

/** The unanswered-searches export's columns. */
export const searchMissCsvColumns = ['lang', 'query', 'searches', 'first_week'] as const;

/** Unanswered searches as CSV text (formula-safe cells, CRLF line ends). */
export function unansweredSearchesCsv(rows: SearchMissCount[]): string {
  return [
    csvLine(searchMissCsvColumns),
    ...rows.map((r) => csvLine([r.lang, r.query, r.searches, r.firstWeek])),
  ].join('');
}
