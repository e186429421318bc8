import { extractSections, plainText } from '../content/body';
import type { ContentTree } from '../content/types';
import { paths } from '../urls';

export type SearchType = 'article' | 'section' | 'faq';

export interface SearchDocument {
  id: string;
  type: SearchType;
  title: string;
  /** The article or page a section or question belongs to. */
  parent?: string;
  url: string;
  /** Words that describe the document: description, question, heading. */
  summary: string;
  text: string;
}

/** What search indexes: each article, each of its h2/h3 sections, each FAQ, each trust page. */
export function searchDocuments(tree: ContentTree): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const article of tree.articles) {
    docs.push({
      id: article.url,
      type: 'article',
      title: article.title,
      url: article.url,
      summary: `${article.description} ${article.keyTakeaways.join(' ')}`,
      text: plainText(article.body),
    });
    for (const section of extractSections(article.body)) {
      docs.push({
        id: `${article.url}#${section.heading.id}`,
        type: 'section',
        title: section.heading.text,
        parent: article.title,
        url: `${article.url}#${section.heading.id}`,
        summary: article.title,
        text: section.text,
      });
    }
    for (const faq of article.faqs) {
      docs.push({
        id: paths.faqQuestion(faq.id),
        type: 'faq',
        title: faq.question,
        parent: article.title,
        url: paths.faqQuestion(faq.id),
        summary: faq.question,
        text: faq.answer,
      });
    }
  }
  for (const page of tree.pages) {
    docs.push({
      id: page.url,
      type: 'article',
      title: page.title,
      url: page.url,
      summary: page.description,
      text: plainText(page.body),
    });
  }
  return docs;
}
