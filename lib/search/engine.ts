import SearchableMap from 'minisearch/SearchableMap';
import { defaultLang, type Lang } from '../i18n/lang';
import type { SearchDocument, SearchType } from './documents';
import { analyzers } from './language';
import { crisisSearchWords, detectCrisis } from '../crisis/detect';
import { queryWords } from './query-words';
import { topScores } from './top-scores';

export { maxQueryLength } from './limits';
export { normalizeTerm } from './language';

/**
 * The engine ranks exactly as MiniSearch 7.2 did with our options (BM25+, field and type boosts,
 * prefix and fuzzy weights, scores times the number of query terms matched); it only does less
 * work per match. MiniSearch's `search` builds a result object, a map entry and a match record for
 * every matching document and sorts them all; in the synthetic corpus most queries match nearly
 * every document, and that bookkeeping (and its garbage) was most of the time. Here scores add up
 * in typed arrays and only the best `limit` are kept. MiniSearch's radix tree still finds the
 * prefix and fuzzy terms.
 */

const fields = ['title', 'summary', 'text'] as const;
const fieldBoosts = [4, 2, 1];
const typeBoost: Record<SearchType, number> = { faq: 1.3, article: 1.2, section: 1 };
const bm25 = { k: 1.2, b: 0.7, d: 0.5 };
const weights = { prefix: 0.375, fuzzy: 0.45 };
/** MiniSearch's tokenizer: a field's words, and its length (distinct words) for BM25. */
const wordSeparator = /[\n\r\p{Z}\p{P}]+/u;

/** Documents (in their short-id order) holding a term in one field, with its count in each. */
interface Postings {
  docs: Int32Array;
  counts: Int32Array;
  /** Each posting's BM25+ score, worked out once when the index loads. */
  bm25: Float64Array;
}

/** The documents by id (for titles and snippets) and, per term and field, where the term occurs. */
export interface SearchIndex {
  lang: Lang;
  docs: Map<string, SearchDocument>;
  /** The documents by short id (their position), as postings name them. */
  list: SearchDocument[];
  /** Every indexed term and its number: exact, prefix and fuzzy lookups. */
  terms: SearchableMap<number>;
  /** Per term number, per field: its postings, or undefined where the field never has it. */
  postings: (Postings | undefined)[][];
  /** Per document, per field: its length in distinct words (what BM25 needs, kept for saving). */
  fieldLengths: Int32Array;
  docBoosts: Float64Array;
}

/** Per term, per field: [document gap, count, document gap, count, …]; [] where the field lacks it. */
type SerializedPostings = number[][];

/**
 * A document as saved. A section's text is a passage of its article's text, so it is saved as
 * where it lies there (article position, start, end) instead of a second time.
 */
export type SavedDocument = Omit<SearchDocument, 'text'> & {
  text: string | [article: number, start: number, end: number];
};

/** An index as plain JSON data: what the build writes and a server loads (see built-index.ts). */
export interface SerializedIndex {
  lang: Lang;
  docs: SavedDocument[];
  vocabulary: string[];
  postings: SerializedPostings[];
  /** Per document, its three field lengths one after another. */
  fieldLengths: number[];
}

/** What a field adds to the index: its length and each term's count. */
function analyseField(text: string, lang: Lang, addTerm: (term: string) => void): number {
  const analyzer = analyzers[lang];
  const words = text.split(wordSeparator);
  for (const word of words) {
    const terms = analyzer.indexTerms(word.toLowerCase());
    if (Array.isArray(terms)) terms.forEach(addTerm);
    else if (terms) addTerm(terms);
  }
  return new Set(words).size;
}

/** Postings as saved: document numbers as gaps from the one before (small numbers, short JSON). */
function encode(postings: Iterable<[doc: number, count: number]>): number[] {
  const flat: number[] = [];
  let previous = 0;
  for (const [doc, count] of postings) {
    flat.push(doc - previous, count);
    previous = doc;
  }
  return flat;
}

/** Builds a search index over the documents, analysed as `lang` (stemming, stop words, accents). */
export function buildIndex(docs: SearchDocument[], lang: Lang = defaultLang): SearchIndex {
  const counts = new Map<string, Map<number, number>[]>();
  const fieldLengths: number[] = [];
  docs.forEach((doc, shortId) => {
    fields.forEach((field, f) => {
      const length = analyseField(doc[field], lang, (term) => {
        let perField = counts.get(term);
        if (!perField) counts.set(term, (perField = fields.map(() => new Map())));
        const perDoc = perField[f]!;
        perDoc.set(shortId, (perDoc.get(shortId) ?? 0) + 1);
      });
      fieldLengths.push(length);
    });
  });
  const vocabulary = [...counts.keys()];
  const postings = vocabulary.map((term) => counts.get(term)!.map((perDoc) => encode(perDoc)));
  return loadIndex({ lang, docs, vocabulary, postings, fieldLengths });
}

/** The documents as saved: each section's text as a passage of its article's, where it is one. */
function saveDocuments(list: SearchDocument[]): SavedDocument[] {
  const articles = new Map<string, number>();
  list.forEach((doc, i) => doc.type === 'article' && articles.set(doc.url, i));
  return list.map((doc) => {
    const article = doc.type === 'section' ? articles.get(doc.url.split('#')[0]!) : undefined;
    const start = article === undefined || !doc.text ? -1 : list[article]!.text.indexOf(doc.text);
    return start < 0 ? doc : { ...doc, text: [article!, start, start + doc.text.length] };
  });
}

/** The saved documents with every section's text back in place. */
function loadDocuments(saved: SavedDocument[]): SearchDocument[] {
  return saved.map((doc) => {
    if (typeof doc.text === 'string') return doc as SearchDocument;
    const [article, start, end] = doc.text;
    return { ...doc, text: (saved[article]!.text as string).slice(start, end) };
  });
}

export function serializeIndex(index: SearchIndex): SerializedIndex {
  const vocabulary: string[] = [];
  const postings: SerializedPostings[] = [];
  for (const [term, n] of index.terms) {
    vocabulary.push(term);
    postings.push(
      index.postings[n]!.map((p) =>
        encode(p ? [...p.docs].map((doc, i) => [doc, p.counts[i]!]) : []),
      ),
    );
  }
  return {
    lang: index.lang,
    docs: saveDocuments(index.list),
    vocabulary,
    postings,
    fieldLengths: [...index.fieldLengths],
  };
}

/** The index `serializeIndex` wrote, ready to search (no content is read, nothing re-analysed). */
export function loadIndex(data: SerializedIndex): SearchIndex {
  const terms = new SearchableMap<number>();
  data.vocabulary.forEach((term, n) => terms.set(term, n));
  const list = loadDocuments(data.docs);
  const n = list.length;
  // A running average, computed as MiniSearch did, so scores match it to the last bit.
  const averageFieldLengths = fields.map((_, f) => {
    let average = 0;
    for (let d = 0; d < n; d += 1)
      average = (average * d + data.fieldLengths[d * fields.length + f]!) / (d + 1);
    return average;
  });
  const postings = data.postings.map((perField) =>
    perField.map((flat, f) => {
      if (flat.length === 0) return undefined;
      const df = flat.length / 2;
      const docs = new Int32Array(df);
      const counts = new Int32Array(df);
      const bm25 = new Float64Array(df);
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      let doc = 0;
      for (let i = 0; i < df; i += 1) {
        doc += flat[2 * i]!;
        docs[i] = doc;
        counts[i] = flat[2 * i + 1]!;
        bm25[i] = bm25Score(
          idf,
          counts[i]!,
          data.fieldLengths[doc * fields.length + f]!,
          averageFieldLengths[f]!,
        );
      }
      return { docs, counts, bm25 };
    }),
  );
  return {
    lang: data.lang,
    docs: new Map(list.map((d) => [d.id, d])),
    list,
    terms,
    postings,
    fieldLengths: Int32Array.from(data.fieldLengths),
    docBoosts: Float64Array.from(list, (d) => typeBoost[d.type]),
  };
}

/** MiniSearch's BM25+, its factors in its order (so the same floating-point result). */
function bm25Score(idf: number, count: number, length: number, averageLength: number): number {
  const { k, b, d } = bm25;
  return idf * (d + (count * (k + 1)) / (count + k * (1 - b + (b * length) / averageLength)));
}

/**
 * Typos: one wrong letter in a word of 5+, two in a word of 9+ (short words must match). Spanish
 * words run longer, and a swapped pair ("virtaul") counts as two: two from 7 letters.
 */
const fuzziness: Record<Lang, (term: string) => number | false> = {
  en: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  es: (term) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false),
};

/** How much a filler word (take, want, life) weighs beside a subject word. */
export const fillerWeight = 0.3;

/** One query word: its variants (the word and its synonyms, as index terms), and how to widen them. */
export interface WordQuery {
  variants: string[];
  /** What its matches weigh: 1 for a subject word, `fillerWeight` for a filler word. */
  weight: number;
  /** A filler word: it adds to documents a subject word matched, and finds none by itself. */
  filler: boolean;
  /** Fuzzy: the most letters a variant may differ by, or false. */
  fuzzy: (term: string) => number | false;
  prefix: (term: string) => boolean;
}

const noFuzzy = () => false as const;

/**
 * The query's words (lib/search/query-words.ts: phrases, synonyms, filler words), stemmed; the
 * last word also as a prefix. Typos: a word is searched fuzzily only when neither it nor any
 * synonym is a term of the index (a word the index knows is spelled right; fuzzy search walks the
 * whole vocabulary and is the costliest lookup), it is not a filler word, and it is not a crisis
 * word ("matarme" is not a typo of anything). When no word of the query is known at all, a typo
 * may be one letter off but not two: a guess that far from every word typed is more often another
 * word than a typo ("interprete" is not "internet"). A crisis query has neither typos nor prefixes.
 * Without a vocabulary every word is fuzzy.
 */
export function buildQuery(
  text: string,
  vocabulary?: { has(term: string): boolean },
  lang: Lang = defaultLang,
): WordQuery[] | null {
  // A crisis query ("quiero morir", "no respira") is searched as the crisis it reads as (the crisis
  // box is its answer; below it, the pages on crisis help and overdose), word for word: its own
  // words would find pages that merely share "want" or "no", and a guessed longer word or near
  // miss ("morfina") would only add confident wrong answers.
  const crisis = detectCrisis(text);
  const exact = crisis.length > 0;
  const words = queryWords(exact ? crisisSearchWords(crisis, lang).join(' ') : text, lang);
  const known = words.map((w) => (vocabulary ? w.terms.some((v) => vocabulary.has(v)) : false));
  const anyKnown = !vocabulary || known.some(Boolean);
  const typo = fuzziness[lang];
  const oneLetter = (term: string) => {
    const distance = typo(term);
    return distance && 1;
  };
  const queries = words.map((w, i): WordQuery => ({
    variants: w.terms,
    weight: w.filler ? fillerWeight : 1,
    filler: w.filler,
    fuzzy: exact || known[i] || w.filler || w.crisis ? noFuzzy : anyKnown ? typo : oneLetter,
    prefix: (term: string) => !exact && w.last && !w.filler && term.length > 2,
  }));
  // Subject words first: a filler word then adds only to what they matched.
  return queries.length === 0
    ? null
    : [...queries.filter((q) => !q.filler), ...queries.filter((q) => q.filler)];
}

/** Each index term a variant reaches, with its weight: itself (1), longer words, near misses. */
function derivedTerms(index: SearchIndex, variant: string, word: WordQuery): [number, number][] {
  const derived: [number, number][] = [];
  const exact = index.terms.get(variant);
  if (exact !== undefined) derived.push([exact, 1]);
  const distance = word.fuzzy(variant);
  const near = distance ? index.terms.fuzzyGet(variant, distance) : undefined;
  if (word.prefix(variant)) {
    for (const [term, n] of index.terms.atPrefix(variant)) {
      const extra = term.length - variant.length;
      if (!extra) continue;
      near?.delete(term); // a longer word that is also a near miss counts as a longer word
      derived.push([n, (weights.prefix * term.length) / (term.length + 0.3 * extra)]);
    }
  }
  for (const [term, [n, edits]] of near ?? []) {
    if (edits) derived.push([n, (weights.fuzzy * term.length) / (term.length + edits)]);
  }
  return derived;
}

/**
 * Adds one term's postings in one field to the sums: MiniSearch's weight × boosts × BM25+, its
 * factors in its order. The innermost loop of every search, so it does nothing else.
 */
function addPostings(sums: Sums, postings: Postings, weight: number, docBoosts: Float64Array) {
  const { docs, bm25 } = postings;
  const { score, touched } = sums;
  let size = sums.size;
  for (let i = 0; i < docs.length; i += 1) {
    const doc = docs[i]!;
    const before = score[doc]!;
    // Every match scores above 0, so 0 means "not matched yet".
    if (before === 0) touched[size++] = doc;
    score[doc] = before + weight * docBoosts[doc]! * bm25[i]!;
  }
  sums.size = size;
}

/** Per-document sums for one level of the query (a variant, a word, the whole query). */
class Sums {
  readonly score: Float64Array;
  /** The documents with a score, in the order they first got one. */
  readonly touched: Int32Array;
  size = 0;

  constructor(n: number) {
    this.score = new Float64Array(n);
    this.touched = new Int32Array(n);
  }

  add(doc: number, value: number) {
    // Every match scores above 0, so 0 means "not matched yet".
    const score = this.score[doc]!;
    if (score === 0) this.touched[this.size++] = doc;
    this.score[doc] = score + value;
  }

  /**
   * Adds these sums into `into` only for documents `into` already has (a filler word's matches
   * beside the subject words'), marking the variant `id` as matched for them; empties these sums.
   */
  moveMatchedInto(into: Sums, masks: Uint32Array, stride: number, id: number) {
    for (let i = 0; i < this.size; i += 1) {
      const doc = this.touched[i]!;
      if (into.score[doc]! > 0) {
        into.add(doc, this.score[doc]!);
        masks[doc * stride + (id >>> 5)]! |= 1 << (id & 31);
      }
      this.score[doc] = 0;
    }
    this.size = 0;
  }

  /** Adds these sums into `into` and empties them. */
  moveInto(into: Sums) {
    for (let i = 0; i < this.size; i += 1) {
      const doc = this.touched[i]!;
      into.add(doc, this.score[doc]!);
      this.score[doc] = 0;
    }
    this.size = 0;
  }
}

/**
 * Buffers a query reuses: searching is synchronous, so one set per index serves every query, and
 * a query leaves no garbage (allocating them per query made garbage collection the slowest part).
 */
class Scratch {
  readonly total: Sums;
  readonly word: Sums;
  readonly variant: Sums;
  /** Per document, one bit per distinct variant it matched (`stride` words of 32 bits each). */
  masks = new Uint32Array(0);
  /** The documents left after the type filter, and their final scores. */
  readonly candidates: Int32Array;
  readonly final: Float64Array;

  constructor(readonly n: number) {
    this.total = new Sums(n);
    this.word = new Sums(n);
    this.variant = new Sums(n);
    this.candidates = new Int32Array(n);
    this.final = new Float64Array(n);
  }

  /** Mask words for `stride` words per document, all zero. */
  masksFor(stride: number): Uint32Array {
    if (this.masks.length < this.n * stride) this.masks = new Uint32Array(this.n * stride);
    return this.masks;
  }

  /** Back to empty: the matched documents' sums and masks. */
  clear(stride: number) {
    const { total } = this;
    for (let i = 0; i < total.size; i += 1) {
      const doc = total.touched[i]!;
      total.score[doc] = 0;
      for (let slot = doc * stride; slot < doc * stride + stride; slot += 1) this.masks[slot] = 0;
    }
    total.size = 0;
  }
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b !== 0; b &= b - 1) count += 1;
  return count;
}

/** Every one of the first `count` scores' positions, highest first; ties keep their order. */
function rankAll(scores: ArrayLike<number>, count: number): number[] {
  return Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => scores[b]! - scores[a]! || a - b,
  );
}

/** Best matches first (all of them when `limit` is at least their number); an empty or stop-word-only query finds nothing. `type` keeps only that kind. */
export function runQuery(
  index: SearchIndex,
  text: string,
  limit: number,
  type?: SearchType,
): (SearchDocument & { score: number })[] {
  const words = buildQuery(text, index.terms, index.lang);
  if (!words) return [];
  const n = index.list.length;
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = new Scratch(n)));
  const { total, word, variant, final, candidates } = scratch;
  // Which distinct variants each document matched: its score is multiplied by their number.
  const variantIds = new Map<string, number>();
  for (const w of words)
    for (const v of w.variants) if (!variantIds.has(v)) variantIds.set(v, variantIds.size);
  const stride = Math.ceil(variantIds.size / 32);
  const masks = scratch.masksFor(stride);

  // With subject words, a filler word only adds to the documents they matched.
  const fillersFollow = words.some((w) => !w.filler);

  try {
    for (const w of words) {
      const boosts = fieldBoosts.map((b) => b * w.weight);
      if (w.filler && fillersFollow) {
        for (const v of w.variants) {
          const id = variantIds.get(v)!;
          for (const [term, weight] of derivedTerms(index, v, w)) {
            index.postings[term]!.forEach((postings, f) => {
              if (postings) addPostings(variant, postings, weight * boosts[f]!, index.docBoosts);
            });
          }
          variant.moveMatchedInto(total, masks, stride, id);
        }
        continue;
      }
      // A level that is still empty needs no buffer of its own: adding into it directly gives
      // the same sums in the same order, and saves moving every match from level to level.
      const wordSums = total.size === 0 ? total : word;
      for (const v of w.variants) {
        const sums = wordSums.size === 0 ? wordSums : variant;
        const id = variantIds.get(v)!;
        const slot = id >>> 5;
        const bit = 1 << (id & 31);
        for (const [term, weight] of derivedTerms(index, v, w)) {
          index.postings[term]!.forEach((postings, f) => {
            if (postings) addPostings(sums, postings, weight * boosts[f]!, index.docBoosts);
          });
        }
        // `sums` was empty when this variant began: what it holds now is what the variant matched.
        for (let i = 0; i < sums.size; i += 1) masks[sums.touched[i]! * stride + slot]! |= bit;
        if (sums !== wordSums) variant.moveInto(wordSums);
      }
      if (wordSums !== total) word.moveInto(total);
    }

    let count = 0;
    for (let i = 0; i < total.size; i += 1) {
      const doc = total.touched[i]!;
      if (type && index.list[doc]!.type !== type) continue;
      let quality = 0;
      for (let slot = 0; slot < stride; slot += 1) quality += popCount(masks[doc * stride + slot]!);
      candidates[count] = doc;
      final[count++] = total.score[doc]! * (quality || 1);
    }
    const order = limit >= count ? rankAll(final, count) : topScores(final, count, limit);
    return order.map((i) => ({
      ...index.list[candidates[i]!]!,
      score: final[i]!,
    }));
  } finally {
    scratch.clear(stride);
  }
}
