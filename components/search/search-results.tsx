import Link from '@/components/site-link';
import type { SiteSearchResult } from '@/lib/search';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** A list of search results; matched words are marked, never injected as HTML. */
export function SearchResults({
  results,
  lang = 'en',
}: {
  results: SiteSearchResult[];
  lang?: Lang;
}) {
  const t = getDictionary(lang).search;
  return (
    <ol className="search-results mt-6 space-y-6">
      {results.map((result) => (
        <li key={result.url}>
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
            {t.types[result.type]}
            {result.parent ? (
              <span className="normal-case">
                {' '}
                {t.inParent} {result.parent}
              </span>
            ) : null}
          </p>
          <Link className="text-lg font-semibold underline" href={result.url}>
            {result.title}
          </Link>
          <p className="mt-1 text-base">
            {result.snippetParts.map((part, i) =>
              part.match ? (
                <mark key={i} className="bg-yellow-200 text-black">
                  {part.text}
                </mark>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
