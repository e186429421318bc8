import type { Metadata } from 'next';
import { SearchView, searchMetadata } from '@/components/views/search-view';
import { readPage, readQuery } from '@/lib/search/page-query';

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata('en', readQuery((await searchParams).q));
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams;
  return <SearchView lang="en" query={readQuery(q)} page={readPage(page)} />;
}
