import { defaultLang, type Lang } from '../i18n/lang';
import { analyzers } from './language';
import { queryWords, typedTerms } from './query-words';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A sentence ends at . ! ? or … followed by a space and what starts a sentence. */
const sentenceBreak = /(?<=[.!?…]["”)]?)\s+(?=[\p{Lu}¿¡"“(\d])/u;
const wordPattern = /[\p{L}\p{N}']+/gu;

/** Whether a word of a document (as written) has one of `terms` among its index terms. */
function matcher(terms: Set<string>, lang: Lang): (word: string) => boolean {
  const analyzer = analyzers[lang];
  return (word) =>
    terms.size > 0 &&
    [analyzer.indexTerms(word.toLowerCase().replace(/'s$/, '')) ?? []]
      .flat()
      .some((term) => terms.has(term));
}

interface Matchers {
  key: string;
  isTyped: (word: string) => boolean;
  isRelated: (word: string) => boolean;
}
let lastMatchers: Matchers | undefined;

/** The query's matchers, kept for the next call: a page makes many snippets for one query. */
function matchersFor(query: string, lang: Lang): Matchers {
  const key = `${lang}|${query}`;
  if (lastMatchers?.key !== key)
    lastMatchers = {
      key,
      isTyped: matcher(typedTerms(query, lang), lang),
      isRelated: matcher(new Set(queryWords(query, lang).flatMap((w) => w.terms)), lang),
    };
  return lastMatchers;
}

/** `text` split into parts, the words the reader typed (in any of their forms) marked. */
export function markTyped(text: string, query: string, lang: Lang = defaultLang): SnippetPart[] {
  const { isTyped } = matchersFor(query, lang);
  const parts: SnippetPart[] = [];
  let cursor = 0;
  for (const m of text.matchAll(wordPattern)) {
    if (!isTyped(m[0])) continue;
    if (m.index > cursor) parts.push({ text: text.slice(cursor, m.index), match: false });
    parts.push({ text: m[0], match: true });
    cursor = m.index + m[0].length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false });
  return parts;
}

/** True when `text` holds a word the reader typed (in any of its forms). */
export function hasTyped(text: string, query: string, lang: Lang = defaultLang): boolean {
  return markTyped(text, query, lang).some((p) => p.match);
}

/**
 * A short passage of `text` for a result: whole sentences, starting with the one that holds the
 * most of the reader's own words (then of their synonyms), up to about `length` characters. Only
 * the words the reader typed are marked (never a synonym they did not type), as parts, so the page
 * marks them without building HTML from reader input.
 */
export function makeSnippet(
  text: string,
  query: string,
  lang: Lang = defaultLang,
  length = 180,
): SnippetPart[] {
  const { isTyped, isRelated } = matchersFor(query, lang);
  const sentences = text.split(sentenceBreak).filter((s) => s.trim() !== '');
  let best = 0;
  let bestScore = 0;
  sentences.forEach((sentence, i) => {
    const words = [...sentence.matchAll(wordPattern)].map((m) => m[0].toLowerCase());
    const typed = new Set(words.filter(isTyped)).size;
    const related = new Set(words.filter(isRelated)).size;
    const score = typed * 10 + related;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  let passage = sentences[best] ?? '';
  if (passage.length > length) {
    // One long sentence: the part around its first match, cut between words.
    const first = [...passage.matchAll(wordPattern)].find((m) => isTyped(m[0]) || isRelated(m[0]));
    let start = first ? Math.max(0, first.index - 60) : 0;
    if (start > 0) start = passage.indexOf(' ', start) + 1 || start;
    let end = Math.min(passage.length, start + length);
    if (end < passage.length && passage.lastIndexOf(' ', end) > start)
      end = passage.lastIndexOf(' ', end);
    passage = `${start > 0 ? '…' : ''}${passage.slice(start, end)}${end < passage.length ? '…' : ''}`;
  } else {
    for (let i = best + 1; i < sentences.length; i += 1) {
      const next = `${passage} ${sentences[i]}`;
      if (next.length > length) break;
      passage = next;
    }
  }
  return markTyped(passage, query, lang);
}
