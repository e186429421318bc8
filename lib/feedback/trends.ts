import { langOfPath } from '../urls';
import type { Lang } from '../i18n/lang';
import { reasonIds, type FeedbackReason } from './schema';
import type { RecentAnswers } from './types';

const dayMs = 86_400_000;

/** The two windows compared (days each), and the sparkline's weeks. */
export const trendWindowDays = 30;
export const sparklineWeeks = 8;

export type YesNo = { yes: number; no: number };

export type PageTrend = {
  page: string;
  lang: Lang;
  /** Today and the 29 days before. */
  current: YesNo;
  /** The 30 days before those. */
  previous: YesNo;
  /** The reasons given with "no" in the current window, most given first (at most 3). */
  topNoReasons: Array<{ reason: FeedbackReason; n: number }>;
  /** Share of answers that were yes, per week, oldest first (null: no answers that week). */
  weekly: Array<number | null>;
};

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Where answersSince should start reading for helpfulnessTrends on `now`. */
export function trendsSince(now: Date): Date {
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  const days = Math.max(2 * trendWindowDays, 7 * sparklineWeeks);
  return new Date(today - (days - 1) * dayMs);
}

/** Share of answers that were yes, 0–100, or null without answers. */
export const helpfulPercent = ({ yes, no }: YesNo): number | null =>
  yes + no === 0 ? null : Math.round((100 * yes) / (yes + no));

/**
 * Per page: yes and no in the last 30 days against the 30 before, the top reasons given with
 * "no", and a weekly helpful share for the sparkline. Pages with the most "no" answers now come
 * first.
 */
export function helpfulnessTrends(recent: RecentAnswers, now = new Date()): PageTrend[] {
  const today = Date.parse(`${isoDay(now)}T00:00:00Z`);
  const pages = new Map<string, PageTrend & { weeks: YesNo[] }>();
  const pageOf = (page: string) => {
    let trend = pages.get(page);
    if (!trend) {
      trend = {
        page,
        lang: langOfPath(page),
        current: { yes: 0, no: 0 },
        previous: { yes: 0, no: 0 },
        topNoReasons: [],
        weekly: [],
        weeks: Array.from({ length: sparklineWeeks }, () => ({ yes: 0, no: 0 })),
      };
      pages.set(page, trend);
    }
    return trend;
  };
  for (const { page, day, yes, no } of recent.days) {
    const ago = Math.round((today - Date.parse(`${day}T00:00:00Z`)) / dayMs);
    if (ago < 0) continue;
    const trend = pageOf(page);
    const window =
      ago < trendWindowDays
        ? trend.current
        : ago < 2 * trendWindowDays
          ? trend.previous
          : undefined;
    if (window) {
      window.yes += yes;
      window.no += no;
    }
    const week = sparklineWeeks - 1 - Math.floor(ago / 7);
    if (week >= 0) {
      trend.weeks[week]!.yes += yes;
      trend.weeks[week]!.no += no;
    }
  }
  const reasons = new Map<string, Map<FeedbackReason, number>>();
  for (const { page, day, reason, n } of recent.noReasons) {
    const ago = Math.round((today - Date.parse(`${day}T00:00:00Z`)) / dayMs);
    if (ago < 0 || ago >= trendWindowDays || !(reasonIds as string[]).includes(reason)) continue;
    const counts = reasons.get(page) ?? new Map();
    counts.set(reason as FeedbackReason, (counts.get(reason as FeedbackReason) ?? 0) + n);
    reasons.set(page, counts);
  }
  return [...pages.values()]
    .map(({ weeks, ...trend }) => ({
      ...trend,
      weekly: weeks.map(helpfulPercent),
      topNoReasons: [...(reasons.get(trend.page) ?? [])]
        .map(([reason, n]) => ({ reason, n }))
        .sort((a, b) => b.n - a.n || reasonIds.indexOf(a.reason) - reasonIds.indexOf(b.reason))
        .slice(0, 3),
    }))
    .sort((a, b) => b.current.no - a.current.no || a.page.localeCompare(b.page));
}
