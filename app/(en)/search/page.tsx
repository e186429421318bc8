import type { Metadata } from 'next';
import Link from '@/components/site-link';
import { SearchForm } from '@/components/layout/search-form';
import { SearchResults } from '@/components/search/search-results';
import { getSiteConfig } from '@/lib/config';
import { maxQueryLength, searchSite } from '@/lib/search';
import { paths } from '@/lib/urls';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = [(await searchParams).q].flat()[0]?.trim();
  return {
    title: q ? `Search results for “${q.slice(0, 60)}”` : 'Search',
    description: 'Search articles and common questions about intensive outpatient programs.',
    alternates: { canonical: paths.search },
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = [(await searchParams).q].flat()[0] ?? '';
  const query = raw.trim().slice(0, maxQueryLength);
  const results = query ? searchSite(query, 20) : [];
  const { helpline } = getSiteConfig();
  return (
    <>
      <h1 className="text-3xl font-bold">Search</h1>
      <SearchForm
        id="search-page-q"
        defaultValue={query}
        label="Search this site"
        className="mt-4 max-w-xl"
      />
      {query ? (
        <p role="status" className="mt-6 text-lg">
          {results.length === 0
            ? `No results for “${query}”.`
            : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`}
        </p>
      ) : (
        <p className="mt-6">
          Type a question or a few words, like “cost”, “keep my job” or “online IOP”.
        </p>
      )}
      {results.length > 0 ? <SearchResults results={results} /> : null}
      {query && results.length === 0 ? (
        <div className="mt-4 space-y-3">
          <p>Try fewer or different words, or check the spelling.</p>
          <p>
            <Link className="underline" href={paths.faq}>
              Browse all common questions
            </Link>
          </p>
          <p>
            Or talk to someone:{' '}
            <a
              className="font-bold underline"
              href={`tel:${helpline.tel}`}
              data-helpline-tap="helpline"
            >
              call {helpline.displayNumber}
            </a>{' '}
            ({helpline.name}, {helpline.summary}).
          </p>
        </div>
      ) : null}
    </>
  );
}
