import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView, articleMetadata } from '@/components/views/article-view';
import { getAllArticles, getArticle } from '@/lib/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllArticles('es').map((article) => ({ slug: article.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug, 'es');
  return article ? articleMetadata(article) : {};
}

export default async function SpanishArticlePage({ params }: Props) {
  const article = getArticle((await params).slug, 'es');
  if (!article) notFound();
  return <ArticleView article={article} />;
}
