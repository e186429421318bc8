import type { FeedbackStore, SearchMissCount } from '../feedback/types';
import type { Lang } from '../i18n/lang';
import { searchGapsView } from './settings';
import { weeksAgo } from './week';

/**
 * The editors' list for one edition: queries that found nothing this ISO week and the 3 before,
 * most searched first, top 50, and only those at least 3 separate searches made (the k-anonymity
 * floor: a query fewer people typed is never shown, nor exported).
 */
export function unansweredSearches(
  store: FeedbackStore,
  lang: Lang,
  now = new Date(),
): Promise<SearchMissCount[]> {
  return store.searchMisses({
    lang,
    sinceWeek: weeksAgo(now, searchGapsView.weeks - 1),
    minSearches: searchGapsView.minSearches,
    limit: searchGapsView.limit,
  });
}
