import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
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
import { getAllArticles, getArticle, getPerson, topics } from '@/lib/content';
import { renderMdx } from '@/lib/mdx/render';
import { articleJsonLd, breadcrumbJsonLd, faqJsonLd } from '@/lib/structured-data';
import { paths } from '@/lib/urls';
import { socialImage } from '@/lib/social-image';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles().map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.description,
    alternates: { canonical: article.url },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url: article.url,
      publishedTime: article.published,
      modifiedTime: article.updated,
      images: socialImage,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const author = getPerson(article.author)!;
  const reviewer = article.reviewer ? getPerson(article.reviewer) : undefined;
  const related = article.related.map((slug) => getArticle(slug)!);
  const body = await renderMdx(article.body, {
    file: article.file,
    referenceIds: article.references.map((r) => r.id),
  });
  const crumbs = [
    { name: 'Home', href: paths.home },
    { name: topics[article.topic], href: `${paths.home}#${article.topic}` },
    { name: article.title, href: article.url },
  ];
  const contents = [
    ...article.headings,
    ...(article.faqs.length ? [{ id: 'faqs', text: 'Common questions', depth: 2 as const }] : []),
    { id: 'references', text: 'References', depth: 2 as const },
  ];

  return (
    <article>
      <JsonLd
        data={[
          articleJsonLd(article),
          breadcrumbJsonLd(crumbs),
          ...(article.faqs.length ? [faqJsonLd(article.faqs, article.url)] : []),
        ]}
      />
      <Breadcrumbs items={crumbs} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-xl">{article.description}</p>
      <ReviewByline article={article} author={author} reviewer={reviewer} />
      <p className="text-base">{article.stats.minutesToRead} minute read</p>
      <KeyTakeaways items={article.keyTakeaways} />
      <TableOfContents entries={contents} />
      <div className="prose prose-lg prose-slate max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300 [&_h2]:scroll-mt-4 [&_h3]:scroll-mt-4">
        {body}
      </div>
      {article.faqs.length > 0 ? (
        <PageSection id="faqs" title="Common questions" className="my-8">
          <FaqList faqs={article.faqs} />
        </PageSection>
      ) : null}
      <ReferencesList references={article.references} />
      <ChangeLog changes={article.changes} />
      {related.length > 0 ? (
        <PageSection id="related" title="Related articles" className="no-print my-8">
          <ArticleList articles={related} />
        </PageSection>
      ) : null}
      <FeedbackSection page={article.url} />
    </article>
  );
}
