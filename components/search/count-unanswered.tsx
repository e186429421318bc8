import { headers } from 'next/headers';
import { after } from 'next/server';
import type { Lang } from '@/lib/i18n/lang';
import { recordUnansweredSearch } from '@/lib/search-gaps/record';
import { markUnansweredPage } from '@/lib/search-gaps/unanswered-pages';
import { searchGapsEnabled } from '@/lib/search-gaps/settings';
import { pathsFor } from '@/lib/urls';

/**
 * Rendered by a search page that found nothing: counts the search once the page is sent (Next's
 * `after`, so the reader never waits for the database), and keeps the page out of server.ts's
 * cache so the next such search is counted too. Renders nothing.
 */
export async function CountUnansweredSearch({ lang, query }: { lang: Lang; query: string }) {
  if (!searchGapsEnabled()) return null;
  markUnansweredPage(pathsFor(lang).search, query);
  const requestHeaders = new Headers(await headers());
  after(() => recordUnansweredSearch(query, lang, requestHeaders));
  return null;
}
