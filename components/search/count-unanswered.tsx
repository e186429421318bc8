import { headers } from 'next/headers';
import { after } from 'next/server';
import type { Lang } from '@/lib/i18n/lang';
import { recordUnansweredSearch } from '@/lib/search-gaps/record';
import { searchGapsEnabled } from '@/lib/search-gaps/settings';

/**
 * Rendered by a search page that found nothing: counts the search once the page is sent (Next's
 * `after`, so the reader never waits for the database). Renders nothing.
 */
export async function CountUnansweredSearch({ lang, query }: { lang: Lang; query: string }) {
  if (!searchGapsEnabled()) return null;
  const requestHeaders = new Headers(await headers());
  after(() => recordUnansweredSearch(query, lang, requestHeaders));
  return null;
}
