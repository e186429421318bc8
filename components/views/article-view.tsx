import type { Metadata } from 'next';
import { ArticleList } from '@/components/article/article-list';
import { Breadcrumbs } from '@/components/article/breadcrumbs';
import { ChangeLog } from '@/components/article/change-log';
import { FaqList } from '@/components/article/faq-list';
import { KeyTakeaways } from '@/components/article/key-takeaways';
import { ReferencesList } from '@/components/article/references-list';
import { ReviewByline } from '@/components/article/review-byline';
import { TableOfContents } from '@/components/article/table-of-contents';
import { FeedbackSection } from '@/components/feedback/feedback-section';
import { PageSection } from '@/components/layout/page-section';
import { JsonLd } from '@/components/json-ld';
import { getArticle, getPerson, topicLabel, type Article } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { alternatesForItem } from '@/lib/editions';
import { langTags } from '@/lib/i18n/lang';
import { renderMdx } from '@/components/mdx/mdx-content';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd } from '@/lib/structured-data';
import { pathsFor } from '@/lib/urls';
import { socialImage } from '@/lib/social-image';
import { TranslationNotice } from './translation-notice';

/** An article's metadata, with hreflang alternates to its twin in the other edition. */
export function articleMetadata(article: Article): Metadata {
  return {
    title: article.title,
    description: article.description,
    alternates: alternatesForItem(article),
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url: article.url,
      locale: langTags[article.lang].replace('-', '_'),
      publishedTime: article.published,
      modifiedTime: article.updated,
      images: socialImage,
    },
  };
}

/** An article page of either edition (app/(en)/articles/[slug], app/(es)/es/articulos/[slug]). */
export async function ArticleView({ article }: { article: Article }) {
  const { lang } = article;
  const t = getDictionary(lang).article;
  const p = pathsFor(lang);
  const author = getPerson(article.author)!;
  const reviewer = article.reviewer ? getPerson(article.reviewer) : undefined;
  const related = article.related.flatMap((slug) => getArticle(slug, lang) ?? []);
  const body = await renderMdx(article.body, {
    file: article.file,
    referenceIds: article.references.map((r) => r.id),
    lang,
  });
  const crumbs = [
    { name: t.home, href: p.home },
    { name: topicLabel(article.topic, lang), href: `${p.home}#${article.topic}` },
    { name: article.title, href: article.url },
  ];
  const contents = [
    ...article.headings,
    ...(article.faqs.length ? [{ id: 'faqs', text: t.commonQuestions, depth: 2 as const }] : []),
    { id: 'references', text: t.references, depth: 2 as const },
  ];

  return (
    <article>
      <JsonLd
        data={[
          articleJsonLd(article),
          breadcrumbJsonLd(crumbs),
          ...(article.faqs.length ? [faqJsonLd(article.faqs, article.url, lang)] : []),
        ]}
      />
      <Breadcrumbs items={crumbs} lang={lang} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-xl">{article.description}</p>
      <TranslationNotice item={article} />
      <ReviewByline article={article} author={author} reviewer={reviewer} lang={lang} />
      <p className="text-base">{t.minutes(article.stats.minutesToRead)}</p>
      <KeyTakeaways items={article.keyTakeaways} lang={lang} />
      <TableOfContents entries={contents} lang={lang} />
      <div className="prose prose-lg prose-slate max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300 [&_h2]:scroll-mt-4 [&_h3]:scroll-mt-4">
        {body}
      </div>
      {article.faqs.length > 0 ? (
        <PageSection id="faqs" title={t.commonQuestions} className="my-8">
          <FaqList faqs={article.faqs} />
        </PageSection>
      ) : null}
      <ReferencesList references={article.references} lang={lang} />
      <ChangeLog changes={article.changes} lang={lang} />
      {related.length > 0 ? (
        <PageSection id="related" title={t.related} className="no-print my-8">
          <ArticleList articles={related} />
        </PageSection>
      ) : null}
      <FeedbackSection page={article.url} lang={lang} />
    </article>
  );
}
