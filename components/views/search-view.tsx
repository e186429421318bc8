import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { SearchForm } from '@/components/layout/search-form';
import { SearchResults } from '@/components/search/search-results';
import { localHelpline } from '@/components/helpline/helpline-banner';
import { getDictionary } from '@/lib/i18n';
import { alternatesForFixed } from '@/lib/i18n/editions';
import type { Lang } from '@/lib/i18n/lang';
import { searchSite, type SiteSearchResult } from '@/lib/search';
import { pathsFor } from '@/lib/urls';

export function searchMetadata(lang: Lang, q: string): Metadata {
  const t = getDictionary(lang).search;
  return {
    title: q ? t.resultsTitle(q.slice(0, 60)) : t.title,
    description: t.metaDescription,
    alternates: alternatesForFixed(lang, 'search'),
    robots: { index: false, follow: true },
  };
}

/** One edition's search: the index of the page's language. */
function searchEdition(query: string, lang: Lang): SiteSearchResult[] {
  return searchSite(query, { lang, limit: 20 });
}

/** The search page of either edition: a plain GET form and server-rendered results. */
export function SearchView({ lang, query }: { lang: Lang; query: string }) {
  const t = getDictionary(lang).search;
  const results = query ? searchEdition(query, lang) : [];
  const helpline = localHelpline(lang);
  return (
    <>
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <SearchForm
        id="search-page-q"
        defaultValue={query}
        label={t.label}
        className="mt-4 max-w-xl"
        lang={lang}
      />
      {query ? (
        <p role="status" className="mt-6 text-lg">
          {results.length === 0 ? t.noResults(query) : t.count(results.length, query)}
        </p>
      ) : (
        <p className="mt-6">{t.prompt}</p>
      )}
      {results.length > 0 ? <SearchResults results={results} lang={lang} /> : null}
      {query && results.length === 0 ? (
        <div className="mt-4 space-y-3">
          <p>{t.tryAgain}</p>
          <p>
            <Link className="underline" href={pathsFor(lang).faq}>
              {t.browseFaq}
            </Link>
          </p>
          <p>
            {t.talk}{' '}
            <a
              className="font-bold underline"
              href={`tel:${helpline.tel}`}
              data-helpline-tap="helpline"
            >
              {getDictionary(lang).crisisLinks.call} {helpline.displayNumber}
            </a>{' '}
            ({helpline.name}, {helpline.summary}).
          </p>
        </div>
      ) : null}
    </>
  );
}
