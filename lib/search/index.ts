import { detectCrisis, type CrisisKind } from '../crisis/detect';
import { getAllArticles, getAllPages } from '../content';
import { defaultLang, type Lang } from '../i18n/lang';
import { readBuiltIndex } from './built-index';
import {
  searchDocuments,
  type SearchDocument,
  type SearchSource,
  type SearchType,
} from './documents';
import { buildIndex, maxQueryLength, runQuery, type SearchIndex } from './engine';
import { QueryCache } from './query-cache';
import { makeSnippet, markTyped, type SnippetPart } from './snippet';

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
  /** The title with the words the reader typed marked (the FAQ filter shows these). */
  titleParts: SnippetPart[];
  /** A word the reader typed is in the title (a question's own words, not only its answer). */
  inTitle: boolean;
}

/** An article's (or page's) hits: the best first, then up to two more from it. */
export interface ResultGroup {
  lead: SiteSearchResult;
  more: SiteSearchResult[];
}

/** One page of a search: its groups, how many there are in all, and which page this is. */
export interface SearchResultsPage {
  groups: ResultGroup[];
  /** Articles and pages that match, in all. */
  total: number;
  /** This page's number, from 1, and how many pages there are. */
  page: number;
  pageCount: number;
  /** What crisis the query expresses, if any (lib/crisis): the page shows the crisis box first. */
  crisis: CrisisKind[];
}

/** Hits shown under an article's best one (so one article can't fill the first results). */
const morePerGroup = 2;

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

type Ranked = (SearchDocument & { score: number })[];

/** Every match of a query, best first, per edition and type (snippets are made per page shown). */
const cache = new QueryCache<Ranked>(500);
/** searchSite's answers, per edition, type, limit and words. */
const resultsCache = new QueryCache<SiteSearchResult[]>(500);

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

function ranked(words: string, lang: Lang, type?: SearchType): Ranked {
  const index = getIndex(lang);
  return cache.get(`${lang}|${type ?? ''}|${words}`, () =>
    runQuery(index, words, index.list.length, type),
  );
}

function toResult(hit: SearchDocument, words: string, lang: Lang): SiteSearchResult {
  const snippetParts = makeSnippet(
    hit.type === 'faq' ? hit.text : hit.text || hit.summary,
    words,
    lang,
  );
  const titleParts = markTyped(hit.title, words, lang);
  return {
    title: hit.title,
    url: hit.url,
    type: hit.type,
    parent: hit.parent,
    snippet: snippetParts.map((p) => p.text).join(''),
    snippetParts,
    titleParts,
    inTitle: titleParts.some((p) => p.match),
  };
}

/** Hits gathered under their article (or page), in the order of each one's best hit. */
function grouped(hits: Ranked): Ranked[] {
  const groups = new Map<string, Ranked>();
  for (const hit of hits) {
    const key = hit.parentUrl ?? hit.url;
    const group = groups.get(key);
    if (group) group.push(hit);
    else groups.set(key, [hit]);
  }
  return [...groups.values()];
}

/**
 * Searches one edition's articles, sections, questions and trust pages (or only `type`); best
 * first, with that edition's URLs (`searchSite(q, { lang: 'es', limit: 20 })`). Hits come grouped
 * under their article: its best hit, then at most two more from it, then the next article's. The
 * FAQ's questions (`type: 'faq'`) come as ranked, questions whose own words match before those
 * whose answer alone does. Repeated queries come from a bounded in-memory cache (the index never
 * changes while the process runs; a content change arrives with a rebuild and a new process).
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
  return resultsCache.get(`${lang}|${type ?? ''}|${limit}|${words}`, () => {
    const hits = ranked(words, lang, type);
    if (type === 'faq') {
      const results = hits.map((hit) => toResult(hit, words, lang));
      return [...results.filter((r) => r.inTitle), ...results.filter((r) => !r.inTitle)].slice(
        0,
        limit,
      );
    }
    return grouped(hits)
      .flatMap((group) => group.slice(0, 1 + morePerGroup))
      .slice(0, limit)
      .map((hit) => toResult(hit, words, lang));
  });
}

/**
 * One page of the search pages' results (`page` from 1, `perPage` articles or pages each), grouped
 * under their article, with the real total and what crisis the query expresses.
 */
export function searchResultsPage(
  query: string,
  { lang = defaultLang, page = 1, perPage = 10 }: { lang?: Lang; page?: number; perPage?: number },
): SearchResultsPage {
  const words = normalizeQuery(query);
  const groups = words ? grouped(ranked(words, lang)) : [];
  const pageCount = Math.max(1, Math.ceil(groups.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return {
    groups: groups.slice((current - 1) * perPage, current * perPage).map((group) => ({
      lead: toResult(group[0]!, words, lang),
      more: group.slice(1, 1 + morePerGroup).map((hit) => toResult(hit, words, lang)),
    })),
    total: groups.length,
    page: current,
    pageCount,
    crisis: detectCrisis(query),
  };
}

/** How many questions one edition's FAQ has: the most a `type=faq` search can return. */
export function faqCount(lang: Lang = defaultLang): number {
  let count = 0;
  for (const doc of getIndex(lang).docs.values()) if (doc.type === 'faq') count += 1;
  return count;
}
