import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { SearchForm } from '@/components/layout/search-form';
import { CountUnansweredSearch } from '@/components/search/count-unanswered';
import { CrisisBox } from '@/components/search/crisis-box';
import { SearchResults } from '@/components/search/search-results';
import { localHelpline } from '@/components/helpline/helpline-banner';
import { getDictionary } from '@/lib/i18n';
import { alternatesForFixed } from '@/lib/editions';
import type { Lang } from '@/lib/i18n/lang';
import { searchResultsPage } from '@/lib/search';
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

/** Results per page: articles or pages, each with up to two more hits from it. */
const perPage = 10;

/**
 * The search page of either edition: a plain GET form and server-rendered results. A query that
 * reads as a crisis gets the crisis box first, above any result; more results are a plain link
 * away (`?q=…&page=2`), with or without JavaScript.
 */
export function SearchView({
  lang,
  query,
  page = 1,
}: {
  lang: Lang;
  query: string;
  page?: number;
}) {
  const t = getDictionary(lang).search;
  const found = query
    ? searchResultsPage(query, { lang, page, perPage })
    : { groups: [], total: 0, page: 1, pageCount: 1, crisis: [] };
  const helpline = localHelpline(lang);
  const pageHref = (n: number) =>
    `${pathsFor(lang).search}?${new URLSearchParams({ q: query, ...(n > 1 ? { page: String(n) } : {}) })}`;
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
      {found.crisis.length > 0 ? <CrisisBox lang={lang} kinds={found.crisis} /> : null}
      {query ? (
        <p role="status" className="mt-6 text-lg">
          {found.total === 0 ? t.noResults(query) : t.count(found.total, query)}
          {found.pageCount > 1 ? ` ${t.pageOf(found.page, found.pageCount)}.` : null}
        </p>
      ) : (
        <p className="mt-6">{t.prompt}</p>
      )}
      {found.groups.length > 0 ? (
        <SearchResults groups={found.groups} lang={lang} start={(found.page - 1) * perPage + 1} />
      ) : null}
      {found.pageCount > 1 ? (
        <nav aria-label={t.pagination} className="mt-8 flex flex-wrap gap-6 text-lg">
          {found.page > 1 ? (
            <Link className="font-semibold underline" rel="prev" href={pageHref(found.page - 1)}>
              {t.previous}
            </Link>
          ) : null}
          {found.page < found.pageCount ? (
            <Link className="font-semibold underline" rel="next" href={pageHref(found.page + 1)}>
              {t.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {query && found.total === 0 ? <CountUnansweredSearch lang={lang} query={query} /> : null}
      {query && found.total === 0 ? (
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
