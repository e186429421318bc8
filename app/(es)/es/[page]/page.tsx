import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TrustPageView, trustPageMetadata } from '@/components/views/trust-page-view';
import { getAllPages, getPage } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPages('es').map((page) => ({ page: page.slug }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).page, 'es');
  return page ? trustPageMetadata(page) : {};
}

export default async function SpanishTrustPage({ params }: Props) {
  const page = getPage((await params).page, 'es');
  if (!page) notFound();
  return <TrustPageView page={page} />;
}
