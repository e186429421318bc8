import { getContent } from '../content';
import { searchDocuments, type SearchType } from './documents';
import { buildIndex, maxQueryLength, runQuery } from './engine';
import { makeSnippet, type SnippetPart } from './snippet';

export { maxQueryLength } from './engine';

export interface SiteSearchResult {
  title: string;
  url: string;
  type: SearchType;
  /** The article a section or question belongs to. */
  parent?: string;
  snippet: string;
  snippetParts: SnippetPart[];
}

let index: ReturnType<typeof buildIndex> | undefined;

/** The site's search index, built once per process from the content tree. */
function getIndex() {
  index ??= buildIndex(searchDocuments(getContent()));
  return index;
}

/** Searches articles, sections, questions and trust pages; best first. */
export function searchSite(query: string, limit = 10): SiteSearchResult[] {
  return runQuery(getIndex(), query.slice(0, maxQueryLength), limit).map((hit) => {
    const snippetParts = makeSnippet(
      hit.type === 'faq' ? hit.text : hit.text || hit.summary,
      query,
    );
    return {
      title: hit.title,
      url: hit.url,
      type: hit.type,
      parent: hit.parent,
      snippet: snippetParts.map((p) => p.text).join(''),
      snippetParts,
    };
  });
}
