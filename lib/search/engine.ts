import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import type { SearchDocument, SearchType } from './documents';
import { expandTerm } from './synonyms';

/** Longest query the site accepts, in characters. */
export const maxQueryLength = 200;

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

/** Index options shared by the server and the browser's FAQ filter, so both rank alike. */
export const searchOptions = {
  idField: 'id',
  fields: [...fields],
  storeFields: ['type', 'title', 'parent', 'url', 'summary', 'text'],
  processTerm: normalizeTerm,
  searchOptions: { processTerm: (term: string) => term.toLowerCase() },
};

const boosts = { title: 4, summary: 2, text: 1 };
const typeBoost: Record<SearchType, number> = { faq: 1.3, article: 1.2, section: 1 };

/** Builds a search index over the documents. */
export function buildIndex(docs: SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchOptions);
  index.addAll(docs);
  return index;
}

/** The query as MiniSearch understands it: each word with its synonyms, stemmed, typo-tolerant. */
export function buildQuery(text: string): Query | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const queries = words.flatMap((word, i) => {
    if (stopWords.has(word)) return [];
    const variants = [...new Set(expandTerm(word).map((t) => stemmer(t)))];
    const last = i === words.length - 1;
    return [
      {
        queries: variants,
        combineWith: 'OR' as const,
        // Typos: one wrong letter in a word of 5+, two in a word of 9+ (short words must match).
        fuzzy: (term: string) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
        prefix: (term: string) => last && term.length > 2,
        boost: boosts,
      },
    ];
  });
  if (queries.length === 0) return null;
  return { queries, combineWith: 'OR' };
}

export type StoredResult = SearchResult & Omit<SearchDocument, 'id'>;

/** Best matches first; an empty or stop-word-only query finds nothing. */
export function runQuery(
  index: MiniSearch<SearchDocument>,
  text: string,
  limit: number,
): StoredResult[] {
  const query = buildQuery(text);
  if (!query) return [];
  return (
    index.search(query, {
      boostDocument: (_id, _term, stored) => typeBoost[(stored?.type as SearchType) ?? 'section'],
    }) as StoredResult[]
  ).slice(0, limit);
}
