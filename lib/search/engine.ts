import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import type { SearchDocument, SearchType } from './documents';
import { expandTerm } from './synonyms';

export { maxQueryLength } from './limits';

const stopWords = new Set(
  'a an and are as at be by can do does for from how i if in into is it its me my of on or so that the this to was what when where which who why will with you your much about get'.split(
    ' ',
  ),
);

/** Lowercase, drop stop words, reduce to the English stem ("costs" and "costing" both become "cost"). */
export function normalizeTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (stopWords.has(lower)) return null;
  return stemmer(lower);
}

const fields = ['title', 'summary', 'text'] as const;

/**
 * Index options. Only the type is stored in the index (for the type boost); the documents' words live
 * once, in `SearchIndex.docs`, not a second time inside the index.
 */
export const searchOptions = {
  idField: 'id',
  fields: [...fields],
  storeFields: ['type'],
  processTerm: normalizeTerm,
  searchOptions: { processTerm: (term: string) => term.toLowerCase() },
};

const boosts = { title: 4, summary: 2, text: 1 };
const typeBoost: Record<SearchType, number> = { faq: 1.3, article: 1.2, section: 1 };

/** A MiniSearch index, the documents by id (for titles and snippets) and every indexed term. */
export interface SearchIndex {
  mini: MiniSearch<SearchDocument>;
  docs: Map<string, SearchDocument>;
  /** Every term in the index: a query word found here is spelled right and needs no fuzzy search. */
  vocabulary: Set<string>;
}

/** Builds a search index over the documents. */
export function buildIndex(docs: SearchDocument[]): SearchIndex {
  const vocabulary = new Set<string>();
  const mini = new MiniSearch<SearchDocument>({
    ...searchOptions,
    processTerm: (term: string) => {
      const normal = normalizeTerm(term);
      if (normal) vocabulary.add(normal);
      return normal;
    },
  });
  mini.addAll(docs);
  return { mini, docs: new Map(docs.map((d) => [d.id, d])), vocabulary };
}

/** Typos: one wrong letter in a word of 5+, two in a word of 9+ (short words must match). */
const fuzziness = (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false);

/**
 * The query as MiniSearch understands it: each word with its synonyms, stemmed; the last word also as
 * a prefix. A word is searched fuzzily (typo-tolerant) only when neither it nor any synonym is a
 * term of the index: fuzzy search walks the whole vocabulary and is by far the costliest part of a
 * query, and a word the index knows is spelled right. Without a vocabulary every word is fuzzy.
 */
export function buildQuery(text: string, vocabulary?: Set<string>): Query | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const queries = words.flatMap((word, i) => {
    if (stopWords.has(word)) return [];
    const variants = [...new Set(expandTerm(word).map((t) => stemmer(t)))];
    const last = i === words.length - 1;
    const known = vocabulary ? variants.some((v) => vocabulary.has(v)) : false;
    return [
      {
        queries: variants,
        combineWith: 'OR' as const,
        fuzzy: known ? false : fuzziness,
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
  const query = buildQuery(text, index.vocabulary);
  if (!query) return [];
  return index.mini
    .search(query, {
      boostDocument: (_id, _term, stored) => typeBoost[(stored?.type as SearchType) ?? 'section'],
      filter: type ? (result) => result.type === type : undefined,
    })
    .slice(0, limit)
    .map((hit) => ({ ...hit, ...index.docs.get(hit.id)! }));
}
