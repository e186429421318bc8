import MiniSearch, { type AsPlainObject, type Query, type SearchResult } from 'minisearch';
import { defaultLang, type Lang } from '../i18n/lang';
import type { SearchDocument, SearchType } from './documents';
import { analyzers, type Analyzer } from './language';

export { maxQueryLength } from './limits';
export { normalizeTerm } from './language';

const fields = ['title', 'summary', 'text'] as const;

/**
 * Index options for a language. Only the type is stored in the index (for the type boost); the
 * documents' words live once, in `SearchIndex.docs`, not a second time inside the index.
 */
function searchOptions(analyzer: Analyzer, onTerm?: (term: string) => void) {
  return {
    idField: 'id',
    fields: [...fields],
    storeFields: ['type'],
    processTerm: (term: string) => {
      const terms = analyzer.indexTerms(term.toLowerCase());
      if (onTerm && terms) for (const t of [terms].flat()) onTerm(t);
      return terms;
    },
    searchOptions: { processTerm: (term: string) => term.toLowerCase() },
  };
}

const boosts = { title: 4, summary: 2, text: 1 };
const typeBoost: Record<SearchType, number> = { faq: 1.3, article: 1.2, section: 1 };

/** A MiniSearch index, the documents by id (for titles and snippets) and every indexed term. */
export interface SearchIndex {
  lang: Lang;
  mini: MiniSearch<SearchDocument>;
  docs: Map<string, SearchDocument>;
  /** Every term in the index: a query word found here is spelled right and needs no fuzzy search. */
  vocabulary: Set<string>;
}

/** Builds a search index over the documents, analysed as `lang` (stemming, stop words, accents). */
export function buildIndex(docs: SearchDocument[], lang: Lang = defaultLang): SearchIndex {
  const vocabulary = new Set<string>();
  const mini = new MiniSearch<SearchDocument>(
    searchOptions(analyzers[lang], (t) => vocabulary.add(t)),
  );
  mini.addAll(docs);
  return { lang, mini, docs: new Map(docs.map((d) => [d.id, d])), vocabulary };
}

/** An index as plain JSON data: what the build writes and a server loads (see built-index.ts). */
export interface SerializedIndex {
  lang: Lang;
  docs: SearchDocument[];
  vocabulary: string[];
  mini: AsPlainObject;
}

export function serializeIndex(index: SearchIndex): SerializedIndex {
  return {
    lang: index.lang,
    docs: [...index.docs.values()],
    vocabulary: [...index.vocabulary],
    mini: index.mini.toJSON(),
  };
}

/** The index `serializeIndex` wrote, ready to search (no content is read, nothing re-analysed). */
export function loadIndex(data: SerializedIndex): SearchIndex {
  return {
    lang: data.lang,
    mini: MiniSearch.loadJS<SearchDocument>(data.mini, searchOptions(analyzers[data.lang])),
    docs: new Map(data.docs.map((d) => [d.id, d])),
    vocabulary: new Set(data.vocabulary),
  };
}

/**
 * Typos: one wrong letter in a word of 5+, two in a word of 9+ (short words must match). Spanish
 * words run longer, and a swapped pair ("virtaul") counts as two: two from 7 letters.
 */
const fuzziness: Record<Lang, (term: string) => number | false> = {
  en: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  es: (term) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false),
};

/**
 * The query as MiniSearch understands it: each word with its synonyms, stemmed; the last word also as
 * a prefix. A word is searched fuzzily (typo-tolerant) only when neither it nor any synonym is a
 * term of the index: fuzzy search walks the whole vocabulary and is by far the costliest part of a
 * query, and a word the index knows is spelled right. Without a vocabulary every word is fuzzy.
 */
export function buildQuery(
  text: string,
  vocabulary?: Set<string>,
  lang: Lang = defaultLang,
): Query | null {
  const analyzer = analyzers[lang];
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const queries = words.flatMap((word, i) => {
    if (analyzer.queryTerm(word) === null) return [];
    const variants = [
      ...new Set(analyzer.synonyms(word).flatMap((t) => analyzer.queryTerm(t) ?? [])),
    ];
    const last = i === words.length - 1;
    const known = vocabulary ? variants.some((v) => vocabulary.has(v)) : false;
    return [
      {
        queries: variants,
        combineWith: 'OR' as const,
        fuzzy: known ? false : fuzziness[lang],
        prefix: (term: string) => last && term.length > 2,
        boost: boosts,
      },
    ];
  });
  if (queries.length === 0) return null;
  return { queries, combineWith: 'OR' };
}

export type StoredResult = SearchResult & Omit<SearchDocument, 'id'>;

/** Best matches first; an empty or stop-word-only query finds nothing. `type` keeps only that kind. */
export function runQuery(
  index: SearchIndex,
  text: string,
  limit: number,
  type?: SearchType,
): StoredResult[] {
  const query = buildQuery(text, index.vocabulary, index.lang);
  if (!query) return [];
  return index.mini
    .search(query, {
      boostDocument: (_id, _term, stored) => typeBoost[(stored?.type as SearchType) ?? 'section'],
      filter: type ? (result) => result.type === type : undefined,
    })
    .slice(0, limit)
    .map((hit) => ({ ...hit, ...index.docs.get(hit.id)! }));
}
