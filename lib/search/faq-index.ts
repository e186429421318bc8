import { getContent } from '../content';
import { searchDocuments } from './documents';
import { buildIndex } from './engine';

/** The FAQ questions as a serialized MiniSearch index; ids are the questions' anchors. */
export function faqIndexJson(): string {
  const faqs = searchDocuments(getContent())
    .filter((doc) => doc.type === 'faq')
    .map((doc) => ({ ...doc, id: doc.url.split('#')[1]!, text: doc.text, parent: undefined }));
  return JSON.stringify(buildIndex(faqs));
}
