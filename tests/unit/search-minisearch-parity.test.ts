import fs from 'node:fs';
import MiniSearch, { type Query } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { getContent } from '@/lib/content';
import type { Lang } from '@/lib/i18n/lang';
import { searchDocuments, type SearchDocument, type SearchType } from '@/lib/search/documents';
import {
  buildIndex,
  buildQuery,
  loadIndex,
  runQuery,
  serializeIndex,
  type WordQuery,
} from '@/lib/search/engine';
import { analyzers } from '@/lib/search/language';

/**
 * lib/search/engine.ts scores as MiniSearch 7.2's own `search` did with the site's options, only
 * with less work per match. This is that `search`, set up as the site had it, as the reference:
 * for reader questions, typos, synonyms, phrases, filler words (weighted by a per-word boost, and
 * kept to the documents the subject words matched), prefixes and stop words, in both editions, the engine must
 * return the same results in the same order with the same scores, freshly built and as saved.
 */
const boosts = { title: 4, summary: 2, text: 1 };
const typeBoost: Record<SearchType, number> = { faq: 1.3, article: 1.2, section: 1 };

function reference(docs: SearchDocument[], lang: Lang) {
  // Every indexed term: a query word found here is spelled right and is not searched fuzzily.
  const vocabulary = new Set<string>();
  const mini = new MiniSearch<SearchDocument>({
    idField: 'id',
    fields: ['title', 'summary', 'text'],
    storeFields: ['type', 'url'],
    processTerm: (term) => {
      const terms = analyzers[lang].indexTerms(term.toLowerCase());
      for (const t of [terms ?? []].flat()) vocabulary.add(t);
      return terms;
    },
    searchOptions: { processTerm: (term) => term.toLowerCase() },
  });
  mini.addAll(docs);
  const asQuery = (words: WordQuery[]): Query => ({
    combineWith: 'OR',
    queries: words.map((w) => ({
      queries: w.variants,
      combineWith: 'OR',
      fuzzy: w.fuzzy,
      prefix: w.prefix,
      boost: { title: boosts.title * w.weight, summary: boosts.summary * w.weight, text: w.weight },
    })),
  });
  return (text: string, limit: number, type?: SearchType) => {
    const words = buildQuery(text, vocabulary, lang);
    if (!words) return [];
    // A filler word adds only to the documents the subject words matched.
    const subjects = words.filter((w) => !w.filler);
    const allowed =
      subjects.length > 0 && subjects.length < words.length
        ? new Set(mini.search(asQuery(subjects)).map((r) => r.id))
        : undefined;
    return mini
      .search(asQuery(words), {
        boostDocument: (_id, _term, stored) => typeBoost[(stored?.type as SearchType) ?? 'section'],
        filter: (result) =>
          (!type || result.type === type) && (!allowed || allowed.has(result.id as string)),
      })
      .slice(0, limit)
      .map((hit) => ({ url: hit.url as string, score: hit.score }));
  };
}

const extra = {
  en: [
    'how much does iop cost',
    'insurence',
    'can i keep my job',
    'online iop',
    'detox first',
    'virtaul',
    'cost',
    'the and of',
    'zzqxvw',
    'co',
    'cos',
    'php vs iop',
    'insurance plan cost price',
    'my 16 year old is taking pills',
    'i want to take my life back',
    'medi-cal',
    'kill myself',
    'want need take',
  ],
  es: [
    'cuanto cuesta',
    'medicamntos',
    'desintoxicasion',
    'adiccion',
    'iop virtaul',
    'aseguranza',
    'trabajando',
    'hospitalizacion parcial',
    'ninos',
    'co',
    'de la el',
    'mi esposo toma mucho',
    'es seguro dejar de beber',
    'línea de ayuda',
    'quiero morir',
    'interprete',
  ],
} as const;
const fixtures = {
  en: 'tests/fixtures/search-questions.json',
  es: 'tests/fixtures/search-questions.es.json',
};

describe.each(['en', 'es'] as const)('search ranking in %s matches MiniSearch', (lang) => {
  const tree = getContent();
  const docs = searchDocuments(lang === 'es' ? tree.es : tree, lang);
  const expected = reference(docs, lang);
  const built = buildIndex(docs, lang);
  const saved = loadIndex(JSON.parse(JSON.stringify(serializeIndex(built))));
  const questions = (JSON.parse(fs.readFileSync(fixtures[lang], 'utf8')) as { q: string }[]).map(
    (q) => q.q,
  );

  it.each([
    [20, undefined],
    [3, undefined],
    [50, 'faq'],
    [10, 'section'],
  ] as const)('limit %i, type %s', (limit, type) => {
    for (const q of [...questions, ...extra[lang]]) {
      const want = expected(q, limit, type);
      for (const index of [built, saved]) {
        const got = runQuery(index, q, limit, type);
        expect(
          got.map((r) => r.url),
          q,
        ).toEqual(want.map((r) => r.url));
        got.forEach((r, i) => expect(r.score, q).toBeCloseTo(want[i]!.score, 9));
      }
    }
  });
});
