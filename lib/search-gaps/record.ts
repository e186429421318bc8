import { clientAddress } from '../client-address';
import { StoreUnavailableError } from '../feedback/errors';
import { RateLimiter, hashClientAddress, namedLimiter } from '../feedback/rate-limit';
import { getFeedbackStore } from '../feedback/store';
import type { Lang } from '../i18n/lang';
import { searchSite } from '../search';
import { screenQuery, type ScreenReason } from './screen';
import { searchGapsEnabled } from './settings';

/** What happened to a search that found nothing. */
export type Recorded = 'counted' | 'off' | 'answered' | 'repeat' | 'unavailable' | ScreenReason;

/** A reader's same query counts once a day (per process): the floor needs separate searches. */
const repeatWindowMs = 24 * 60 * 60 * 1000;

/** True when a search of the whole edition finds nothing for this text. */
export function isUnanswered(query: string, lang: Lang): boolean {
  return query.trim() !== '' && searchSite(query, { lang, limit: 1 }).length === 0;
}

let lastLogged = 0;

/**
 * Counts a search that found nothing (the caller has checked: isUnanswered), when SEARCH_GAPS
 * allows and the query passes screenQuery. The same client's same query counts once a day: the
 * client is known only by a salted hash held in memory, never stored. A store that is down loses
 * the count, never the search.
 */
export async function recordUnansweredSearch(
  query: string,
  lang: Lang,
  headers: Headers,
  now = new Date(),
): Promise<Recorded> {
  if (!searchGapsEnabled()) return 'off';
  const screened = screenQuery(query);
  if (!screened.ok) return screened.reason;
  const seen = namedLimiter('search-gaps-repeats', () => new RateLimiter(1, repeatWindowMs));
  const client = hashClientAddress(`${clientAddress(headers)} ${lang} ${screened.query}`);
  if (!seen.check(client).allowed) return 'repeat';
  try {
    await getFeedbackStore().addSearchMiss({ lang, query: screened.query }, now);
    return 'counted';
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    if (Date.now() - lastLogged > 60_000) {
      lastLogged = Date.now();
      console.error(`unanswered searches: not counted, store unavailable (${error.message})`);
    }
    return 'unavailable';
  }
}
