import { getContent } from '../content';
import {
  dueWithin,
  translationGaps,
  type DueItem,
  type TranslationGap,
} from '../content/editor-status';
import { StoreUnavailableError } from '../feedback/errors';
import { getFeedbackStore } from '../feedback/store';
import { helpfulnessTrends, trendsSince, type PageTrend } from '../feedback/trends';
import type { SearchMissCount } from '../feedback/types';
import { langs, type Lang } from '../i18n/lang';
import { unansweredSearches } from '../search-gaps/report';
import { searchGapsEnabled } from '../search-gaps/settings';

export type EditionDashboard = {
  lang: Lang;
  /** Null when the store cannot be read. */
  searches: SearchMissCount[] | null;
  trends: PageTrend[] | null;
  due: DueItem[];
};

export type Dashboard = {
  editions: EditionDashboard[];
  translations: TranslationGap[];
  storeDown: boolean;
  searchGapsOn: boolean;
};

/**
 * Everything the editors' dashboard shows, per edition: unanswered searches (k-anonymity floor
 * applied), helpfulness trends, what is due; and the translations missing or stale. Content
 * sections still load when the feedback store is down.
 */
export async function loadDashboard(now = new Date()): Promise<Dashboard> {
  const today = now.toISOString().slice(0, 10);
  const tree = getContent();
  let stored: { searches: Record<Lang, SearchMissCount[]>; trends: PageTrend[] } | undefined;
  try {
    const store = getFeedbackStore();
    const [en, es, recent] = await Promise.all([
      unansweredSearches(store, 'en', now),
      unansweredSearches(store, 'es', now),
      store.answersSince(trendsSince(now)),
    ]);
    stored = { searches: { en, es }, trends: helpfulnessTrends(recent, now) };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
  }
  return {
    editions: langs.map((lang) => ({
      lang,
      searches: stored?.searches[lang] ?? null,
      trends: stored?.trends.filter((t) => t.lang === lang) ?? null,
      due: dueWithin(tree, lang, today),
    })),
    translations: translationGaps(tree),
    storeDown: !stored,
    searchGapsOn: searchGapsEnabled(),
  };
}
