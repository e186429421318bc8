import { getContent } from '../content';
import { searchDocuments, type SearchType } from './documents';
import { buildIndex, maxQueryLength, runQuery, type SearchIndex } from './engine';
import { QueryCache } from './query-cache';
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

let index: SearchIndex | undefined;

/** The site's search index, built once per process from the content tree. */
function getIndex(): SearchIndex {
  index ??= buildIndex(searchDocuments(getContent()));
  return index;
}

const cache = new QueryCache<SiteSearchResult[]>(500);

/**
 * The query as the cache knows it: its words, lowercase, one space apart. Search and snippets see
 * only these words, so two queries with the same key always have the same results.
 */
export function normalizeQuery(query: string): string {
  return (
    query
      .slice(0, maxQueryLength)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ');
}

/**
 * Searches articles, sections, questions and trust pages (or only `type`); best first. Repeated
 * queries come from a bounded in-memory cache (the index never changes while the process runs; a
 * content change arrives with a rebuild and a new process).
 */
export function searchSite(query: string, limit = 10, type?: SearchType): SiteSearchResult[] {
  const words = normalizeQuery(query);
  const key = `${type ?? ''}|${limit}|${words}`;
  return cache.get(key, () =>
    runQuery(getIndex(), words, limit, type).map((hit) => {
      const snippetParts = makeSnippet(
        hit.type === 'faq' ? hit.text : hit.text || hit.summary,
        words,
      );
      return {
        title: hit.title,
        url: hit.url,
        type: hit.type,
        parent: hit.parent,
        snippet: snippetParts.map((p) => p.text).join(''),
        snippetParts,
      };
    }),
  );
}

/** How many questions the FAQ has: the most a `type=faq` search can return. */
export function faqCount(): number {
  let count = 0;
  for (const doc of getIndex().docs.values()) if (doc.type === 'faq') count += 1;
  return count;
}
