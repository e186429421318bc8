import { helplineTapKinds, reasonIds, type FeedbackReason, type HelplineTapKind } from './schema';
import { langOfPath } from '../urls';
import type { PageSummary, Summary } from './types';

export type AnswerCounts = { page: string; yes: number; no: number; comments: number };
export type ReasonCount = { page: string; reason: string; n: number };
export type TapCount = { page: string; kind: string; n: number };

/** Builds the summary from grouped counts, the same way for every store: pages in path order. */
export function tallySummary(
  answers: AnswerCounts[],
  reasons: ReasonCount[],
  taps: TapCount[],
): Summary {
  const pages = new Map<string, PageSummary>();
  const pageOf = (page: string) => {
    let entry = pages.get(page);
    if (!entry) {
      entry = {
        page,
        lang: langOfPath(page),
        yes: 0,
        no: 0,
        comments: 0,
        helplineTaps: 0,
        helpfulPercent: null,
        reasons: Object.fromEntries(reasonIds.map((id) => [id, 0])) as PageSummary['reasons'],
        helplineTapsByKind: Object.fromEntries(
          helplineTapKinds.map((kind) => [kind, 0]),
        ) as PageSummary['helplineTapsByKind'],
      };
      pages.set(page, entry);
    }
    return entry;
  };
  for (const row of answers) {
    Object.assign(pageOf(row.page), { yes: row.yes, no: row.no, comments: row.comments });
  }
  for (const row of reasons) {
    const entry = pageOf(row.page);
    if (row.reason in entry.reasons) entry.reasons[row.reason as FeedbackReason] = row.n;
  }
  for (const row of taps) {
    const entry = pageOf(row.page);
    entry.helplineTaps += row.n;
    if (row.kind in entry.helplineTapsByKind) {
      entry.helplineTapsByKind[row.kind as HelplineTapKind] = row.n;
    }
  }
  const list = [...pages.values()].sort((a, b) => a.page.localeCompare(b.page));
  for (const entry of list) {
    const answered = entry.yes + entry.no;
    entry.helpfulPercent = answered ? Math.round((entry.yes / answered) * 100) : null;
  }
  return {
    total: list.reduce((n, p) => n + p.yes + p.no, 0),
    helplineTaps: list.reduce((n, p) => n + p.helplineTaps, 0),
    pages: list,
  };
}
