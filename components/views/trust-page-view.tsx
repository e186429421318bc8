import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { DateText } from '@/components/date-text';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { JsonLd } from '@/components/json-ld';
import type { Page } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { alternatesForItem } from '@/lib/editions';
import { renderMdx } from '@/components/mdx/mdx-content';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { pathsFor } from '@/lib/urls';
import { TranslationNotice } from './translation-notice';

export function trustPageMetadata(page: Page): Metadata {
  return { title: page.title, description: page.description, alternates: alternatesForItem(page) };
}

/** A trust page (about, helpline, privacy…) of either edition. */
export async function TrustPageView({ page }: { page: Page }) {
  const { lang } = page;
  const t = getDictionary(lang);
  const body = await renderMdx(page.body, { file: page.file, lang });
  const crumbs = [
    { name: t.article.home, href: pathsFor(lang).home },
    { name: page.title, href: page.url },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(crumbs)} />
      <Breadcrumbs items={crumbs} lang={lang} />
      <h1 className="text-3xl font-bold sm:text-4xl">{page.title}</h1>
      <p className="mt-3 text-xl">{page.description}</p>
      <p className="mt-2 text-base">
        {t.trustPage.lastUpdated} <DateText date={page.updated} lang={lang} />
      </p>
      <TranslationNotice item={page} />
      <div className="prose prose-lg prose-slate mt-6 max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300">
        {body}
      </div>
      <FeedbackSection page={page.url} lang={lang} />
    </>
  );
}
