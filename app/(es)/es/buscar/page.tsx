import type { Metadata } from 'next';
import { readQuery, SearchView, searchMetadata } from '@/components/views/search-view';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata('es', readQuery((await searchParams).q));
}

export default async function SpanishSearchPage({ searchParams }: Props) {
  return <SearchView lang="es" query={readQuery((await searchParams).q)} />;
}
