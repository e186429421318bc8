import { extractSections, plainText } from '../content/body';
import type { Article, Page } from '../content/types';
import { defaultLang, type Lang } from '../i18n/lang';
import { pathsFor } from '../urls';
import { sentencesFromBody, tidySpacing } from './search-text';

export type SearchType = 'article' | 'section' | 'faq';

export interface SearchDocument {
  id: string;
  type: SearchType;
  title: string;
  /** The article or page a section or question belongs to. */
  parent?: string;
  /** That article's URL: results group under it. */
  parentUrl?: string;
  url: string;
  /** Words that describe the document: description, question, heading. */
  summary: string;
  text: string;
}

/** One edition's articles and pages (a content tree, or the getters' answers for a language). */
export interface SearchSource {
  articles: Article[];
  pages: Page[];
}

/**
 * What search indexes in one edition: each article, each of its h2/h3 sections, each FAQ, each
 * trust page, with the edition's URLs (`lib/urls.ts`: `/articles/…` or `/es/articulos/…`).
 */
export function searchDocuments(tree: SearchSource, lang: Lang = defaultLang): SearchDocument[] {
  const paths = pathsFor(lang);
  const docs: SearchDocument[] = [];
  for (const article of tree.articles) {
    const url = paths.article(article.slug);
    const body = sentencesFromBody(article.body);
    docs.push({
      id: url,
      type: 'article',
      title: article.title,
      url,
      summary: `${article.description} ${article.keyTakeaways.join(' ')}`,
      text: tidySpacing(plainText(body)),
    });
    for (const section of extractSections(body)) {
      docs.push({
        id: `${url}#${section.heading.id}`,
        type: 'section',
        title: section.heading.text,
        parent: article.title,
        parentUrl: url,
        url: `${url}#${section.heading.id}`,
        summary: article.title,
        text: tidySpacing(section.text),
      });
    }
    for (const faq of article.faqs) {
      docs.push({
        id: paths.faqQuestion(faq.id),
        type: 'faq',
        title: faq.question,
        parent: article.title,
        parentUrl: url,
        url: paths.faqQuestion(faq.id),
        summary: faq.question,
        text: faq.answer,
      });
    }
  }
  for (const page of tree.pages) {
    const url = paths.page(page.slug);
    docs.push({
      id: url,
      type: 'article',
      title: page.title,
      url,
      summary: page.description,
      text: tidySpacing(plainText(sentencesFromBody(page.body))),
    });
  }
  return docs;
}
