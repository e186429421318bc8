import path from 'node:path';
import { fixedRoutes } from '../urls';
import { loadContent, requireClinicalReviewFromEnv } from './load';
import { topics, type Topic } from './schema';
import type { Article, ContentTree, Faq, Page, Person } from './types';

export type { Article, ContentTree, Faq, Heading, Page, Person, Problem, Topic } from './types';
export { ContentError, formatProblem, loadContent } from './load';
export { reviewStatus, type ReviewStatus } from './review';
export { topics } from './schema';

/** The content folder: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');
}

let cache: ContentTree | undefined;

/**
 * The validated content tree, read once per process however many pages ask. `next build` loads it
 * here, so a content problem stops the build; `REQUIRE_CLINICAL_REVIEW=1` applies during the build
 * only (a running server must not start refusing pages the day a review falls due).
 */
export function getContent(): ContentTree {
  cache ??= loadContent(contentDir(), {
    requireClinicalReview:
      requireClinicalReviewFromEnv() && process.env.NEXT_PHASE === 'phase-production-build',
  });
  return cache;
}

/** All articles, in topic order then by title. */
export function getAllArticles(): Article[] {
  const order = Object.keys(topics);
  return [...getContent().articles].sort(
    (a, b) => order.indexOf(a.topic) - order.indexOf(b.topic) || a.title.localeCompare(b.title),
  );
}

export function getArticle(slug: string): Article | undefined {
  return getContent().articles.find((a) => a.slug === slug);
}

/** Articles grouped by topic, in the order topics are declared; empty topics left out. */
export function getArticlesByTopic(): Array<{ topic: Topic; label: string; articles: Article[] }> {
  const all = getAllArticles();
  return (Object.entries(topics) as Array<[Topic, string]>)
    .map(([topic, label]) => ({ topic, label, articles: all.filter((a) => a.topic === topic) }))
    .filter((group) => group.articles.length > 0);
}

export function getAllPeople(): Person[] {
  return getContent().people;
}

export function getPerson(id: string): Person | undefined {
  return getContent().people.find((p) => p.id === id);
}

/** Articles a person wrote or reviewed. */
export function getArticlesByPerson(id: string): Article[] {
  return getAllArticles().filter((a) => a.author === id || a.reviewer === id);
}

export function getAllPages(): Page[] {
  return getContent().pages;
}

export function getPage(slug: string): Page | undefined {
  return getContent().pages.find((p) => p.slug === slug);
}

/** Every FAQ with the article that owns it, grouped by topic like the articles. */
export function getFaqsByTopic(): Array<{ topic: Topic; label: string; faqs: Array<Faq & { article: Article }> }> {
  return getArticlesByTopic()
    .map(({ topic, label, articles }) => ({
      topic,
      label,
      faqs: articles.flatMap((article) => article.faqs.map((faq) => ({ ...faq, article }))),
    }))
    .filter((group) => group.faqs.length > 0);
}

/** Every path a reader can visit, for the sitemap, link checks and feedback validation. */
export function getSitePaths(): string[] {
  const { articles, people, pages } = getContent();
  return [...fixedRoutes, ...pages.map((p) => p.url), ...articles.map((a) => a.url), ...people.map((p) => p.url)];
}
