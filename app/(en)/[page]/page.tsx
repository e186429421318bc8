import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { DateText } from '@/components/date-text';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { getAllPages, getPage } from '@/lib/content';
import { renderMdx } from '@/lib/mdx/render';
import { JsonLd } from '@/components/json-ld';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { paths } from '@/lib/urls';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllPages().map((page) => ({ page: page.slug }));
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getPage((await params).page);
  if (!page) return {};
  return { title: page.title, description: page.description, alternates: { canonical: page.url } };
}

export default async function TrustPage({ params }: Props) {
  const page = getPage((await params).page);
  if (!page) notFound();
  const body = await renderMdx(page.body, { file: page.file });
  const crumbs = [
    { name: 'Home', href: paths.home },
    { name: page.title, href: page.url },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs items={crumbs} />
      <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-3 text-xl">{page.description}</p>
      <p className="mt-2 text-base">
        Last updated <DateText date={page.updated} />
      </p>
      <div className="prose prose-lg prose-slate mt-6 max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300">
        {body}
      </div>
      <FeedbackSection page={page.url} />
    </>
  );
}
