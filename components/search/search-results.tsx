import Link from '@/components/site-link';
import type { ResultGroup, SiteSearchResult } from '@/lib/search';
import type { SnippetPart } from '@/lib/search/snippet';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** Text with the reader's own words marked; never injected as HTML. */
export function MarkedText({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.match ? (
      <mark key={i} className="bg-yellow-200 text-black">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

function ResultKind({ result, lang }: { result: SiteSearchResult; lang: Lang }) {
  const t = getDictionary(lang).search;
  return (
    <p className="text-sm font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300">
      {t.types[result.type]}
      {result.parent ? (
        <span className="normal-case">
          {' '}
          {t.inParent} {result.parent}
        </span>
      ) : null}
    </p>
  );
}

/**
 * Search results, one item per article or page: its best hit (title, kind, snippet), then up to
 * two more hits from the same article, so one article never fills the list.
 */
export function SearchResults({
  groups,
  lang = 'en',
  start = 1,
}: {
  groups: ResultGroup[];
  lang?: Lang;
  /** The number of the first item (the page's offset + 1). */
  start?: number;
}) {
  const t = getDictionary(lang).search;
  return (
    <ol className="search-results mt-6 space-y-6" start={start}>
      {groups.map(({ lead, more }) => (
        <li key={lead.url}>
          <ResultKind result={lead} lang={lang} />
          <Link className="text-lg font-semibold underline" href={lead.url}>
            {lead.title}
          </Link>
          <p className="mt-1 text-base">
            <MarkedText parts={lead.snippetParts} />
          </p>
          {more.length > 0 ? (
            <div className="mt-2 border-l-4 border-slate-300 pl-3 dark:border-slate-600">
              <p className="text-sm font-semibold">{t.alsoIn}</p>
              <ul className="search-more mt-1 space-y-2">
                {more.map((hit) => (
                  <li key={hit.url}>
                    <Link className="font-semibold underline" href={hit.url}>
                      {hit.title}
                    </Link>
                    <p className="text-base">
                      <MarkedText parts={hit.snippetParts} />
                    </p>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
