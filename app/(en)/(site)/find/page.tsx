import type { Metadata } from 'next';
import { FindView, findMetadata } from '@/components/views/find-view';

type Props = { searchParams: Promise<{ zip?: string | string[] }> };

// The proxy (lib/find-program/proxy.ts) answers a valid ZIP code with 303 before this page runs.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return findMetadata('en', (await searchParams).zip);
}

export default async function FindPage({ searchParams }: Props) {
  return <FindView lang="en" zip={(await searchParams).zip} />;
}
