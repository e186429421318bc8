/** Floors and windows of the editors' view of unanswered searches. */
export const searchGapsView = {
  /** A query shows only once this many separate searches made it (k-anonymity). */
  minSearches: 3,
  /** This ISO week and the 3 before. */
  weeks: 4,
  /** The most queries shown per language. */
  limit: 50,
} as const;

/**
 * SEARCH_GAPS: `off` (also 0, false, no) stops counting; unset, `on` (1, true, yes) counts. Any
 * other value counts nothing, and says so once: when in doubt, keep less.
 */
export function searchGapsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const value = (env.SEARCH_GAPS ?? '').trim().toLowerCase();
  if (['', 'on', '1', 'true', 'yes'].includes(value)) return true;
  if (!['off', '0', 'false', 'no'].includes(value) && !warned) {
    warned = true;
    console.error(`SEARCH_GAPS must be "on" or "off", not "${env.SEARCH_GAPS}": counting nothing`);
  }
  return false;
}
let warned = false;
