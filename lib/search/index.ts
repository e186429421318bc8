import { getAllArticles, getAllPages } from '../content';
import { defaultLang, type Lang } from '../i18n/lang';
import { readBuiltIndex } from './built-index';
import { searchDocuments, type SearchSource, type SearchType } from './documents';
import { buildIndex, maxQueryLength, runQuery, type SearchIndex } from './engine';
import { QueryCache } from './query-cache';
import { makeSnippet, type SnippetPart } from './snippet';

export { maxQueryLength } from './engine';
export type { SearchType } from './documents';

export interface SiteSearchResult {
  title: string;
  url: string;
  type: SearchType;
  /** The article a section or question belongs to. */
  parent?: string;
  snippet: string;
  snippetParts: SnippetPart[];
}

/** One edition's articles and trust pages, from the content loader. */
export function searchSource(lang: Lang): SearchSource {
  return { articles: getAllArticles(lang), pages: getAllPages(lang) };
}

const indexes = new Map<Lang, SearchIndex>();
let warned = false;

/**
 * The search index of one edition, once per process. A production server loads the one
 * `npm run build` wrote (it reads nothing from `content/`); development and tests build it from
 * the content, so an edit shows up at once. A production server without a built index builds one
 * too, and says so once.
 */
function getIndex(lang: Lang): SearchIndex {
  let index = indexes.get(lang);
  if (!index) {
    if (process.env.NODE_ENV === 'production') {
      index = readBuiltIndex(lang);
      if (!index && !warned) {
        warned = true;
        console.warn(
          'search: no index from the build (run npm run build); building it from content',
        );
      }
    }
    index ??= buildIndex(searchDocuments(searchSource(lang), lang), lang);
    indexes.set(lang, index);
  }
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

export interface SearchOptions {
  /** The edition to search (default English). */
  lang?: Lang;
  /** Only this kind of result (the FAQ filter asks for `faq`). */
  type?: SearchType;
  /** At most this many results (default 10). */
  limit?: number;
}

/**
 * Searches one edition's articles, sections, questions and trust pages (or only `type`); best
 * first, with that edition's URLs (`searchSite(q, { lang: 'es', limit: 20 })` for `/es/buscar`). Repeated queries come from a bounded in-memory cache (the index
 * never changes while the process runs; a content change arrives with a rebuild and a new process).
 */
export function searchSite(
  query: string,
  options: SearchOptions | number = {},
): SiteSearchResult[] {
  // A bare number is the limit (the English-only form pages used before editions).
  const {
    lang = defaultLang,
    type,
    limit = 10,
  } = typeof options === 'number' ? { limit: options } : options;
  const words = normalizeQuery(query);
  const key = `${lang}|${type ?? ''}|${limit}|${words}`;
  return cache.get(key, () =>
    runQuery(getIndex(lang), words, limit, type).map((hit) => {
      const snippetParts = makeSnippet(
        hit.type === 'faq' ? hit.text : hit.text || hit.summary,
        words,
        lang,
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

/** How many questions one edition's FAQ has: the most a `type=faq` search can return. */
export function faqCount(lang: Lang = defaultLang): number {
  let count = 0;
  for (const doc of getIndex(lang).docs.values()) if (doc.type === 'faq') count += 1;
  return count;
}
