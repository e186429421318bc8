import path from 'node:path';
import type { Lang } from '../i18n/lang';
import { loadContent, requireClinicalReviewFromEnv } from './load';
import { esTopics, topics, type Topic } from './schema';
import { translationStatus as statusAgainst, type TranslationStatus } from './translation';
import type { Article, ContentTree, Faq, Page, Person } from './types';

export type { Article, ContentTree, Faq, Heading, Page, Person, Problem, Topic } from './types';
export { ContentError, formatProblem, loadContent } from './load';
export { reviewStatus, type ReviewStatus } from './review';
export { esTopics, topics } from './schema';
export type { TranslationStatus } from './translation';

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

/** One edition's articles and pages. */
function edition(lang: Lang): { articles: Article[]; pages: Page[] } {
  const tree = getContent();
  return lang === 'es' ? tree.es : tree;
}

/** A topic's name in the edition's language. */
export function topicLabel(topic: Topic, lang: Lang = 'en'): string {
  return (lang === 'es' ? esTopics : topics)[topic];
}

/** All articles of an edition, in topic order then by title. */
export function getAllArticles(lang: Lang = 'en'): Article[] {
  const order = Object.keys(topics);
  const collator = new Intl.Collator(lang === 'es' ? 'es-US' : 'en-US');
  return [...edition(lang).articles].sort(
    (a, b) => order.indexOf(a.topic) - order.indexOf(b.topic) || collator.compare(a.title, b.title),
  );
}

export function getArticle(slug: string, lang: Lang = 'en'): Article | undefined {
  return edition(lang).articles.find((a) => a.slug === slug);
}

/** Articles grouped by topic, in the order topics are declared; empty topics left out. */
export function getArticlesByTopic(
  lang: Lang = 'en',
): Array<{ topic: Topic; label: string; articles: Article[] }> {
  const all = getAllArticles(lang);
  return (Object.keys(topics) as Topic[])
    .map((topic) => ({ topic, label: topicLabel(topic, lang), articles: all.filter((a) => a.topic === topic) }))
    .filter((group) => group.articles.length > 0);
}

/** A people entry's name, role, credentials and bio in the edition's language (English when not translated). */
export function personIn(
  person: Person,
  lang: Lang,
): { name: string; role: string; credentials: string; bio: string; translated: boolean } {
  const own = lang === 'es' ? person.es : undefined;
  const { name, role, credentials, bio } = own ?? person;
  return { name, role, credentials, bio, translated: lang === 'en' || own !== undefined };
}

export function getAllPeople(): Person[] {
  return getContent().people;
}

export function getPerson(id: string): Person | undefined {
  return getContent().people.find((p) => p.id === id);
}

/** Articles of an edition a person wrote or reviewed. */
export function getArticlesByPerson(id: string, lang: Lang = 'en'): Article[] {
  return getAllArticles(lang).filter((a) => a.author === id || a.reviewer === id);
}

export function getAllPages(lang: Lang = 'en'): Page[] {
  return edition(lang).pages;
}

export function getPage(slug: string, lang: Lang = 'en'): Page | undefined {
  return edition(lang).pages.find((p) => p.slug === slug);
}

/** Every FAQ of an edition with the article that owns it, grouped by topic like the articles. */
export function getFaqsByTopic(
  lang: Lang = 'en',
): Array<{ topic: Topic; label: string; faqs: Array<Faq & { article: Article }> }> {
  return getArticlesByTopic(lang)
    .map(({ topic, label, articles }) => ({
      topic,
      label,
      faqs: articles.flatMap((article) => article.faqs.map((faq) => ({ ...faq, article }))),
    }))
    .filter((group) => group.faqs.length > 0);
}

/**
 * The other edition's twin: for a Spanish article or page, its English source; for an English
 * one, the Spanish file whose `translationOf` names it (undefined when there is none yet).
 */
export function getCounterpart(item: Article | Page): Article | Page | undefined {
  const isArticle = 'topic' in item;
  if (item.lang === 'es') {
    return isArticle ? getArticle(item.translationOf ?? '') : getPage(item.translationOf ?? '');
  }
  const spanish: Array<Article | Page> = isArticle ? getContent().es.articles : getContent().es.pages;
  return spanish.find((s) => s.translationOf === item.slug);
}

/**
 * For a Spanish article or page: whether its English source changed after it was translated,
 * with both dates and the source (for the page's dated notice). Undefined for English.
 */
export function translationStatus(item: Article | Page): TranslationStatus | undefined {
  const tree = getContent();
  return statusAgainst(item, [...tree.articles, ...tree.pages]);
}
