const dayMs = 86_400_000;

/** The ISO 8601 week of a moment (UTC), as "2026-W49": weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  // The Thursday of this week decides the year.
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / dayMs + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO week `weeks` whole weeks before the week of `now` (0: this week). */
export function weeksAgo(now: Date, weeks: number): string {
  return isoWeek(new Date(now.getTime() - weeks * 7 * dayMs));
}

/** Weeks of counts a store keeps (this one and the 11 before); older weeks are deleted. */
export const weeksKept = 12;

/** The oldest ISO week a store keeps on `now`. */
export const oldestWeekKept = (now: Date) => weeksAgo(now, weeksKept - 1);
