import type { Metadata } from 'next';
import { SearchView, searchMetadata } from '@/components/views/search-view';
import { readQuery } from '@/lib/search/page-query';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata('es', readQuery((await searchParams).q));
}

export default async function SpanishSearchPage({ searchParams }: Props) {
  return <SearchView lang="es" query={readQuery((await searchParams).q)} />;
}
