import type { Lang } from '../i18n/lang';
import { en } from './lexicon/en';
import { es } from './lexicon/es';
import type { CrisisLexicon } from './lexicon/types';

/** What a text says is happening: suicide or self-harm, an overdose now, or both. */
export type CrisisKind = 'suicide' | 'overdose';

/** Each language's crisis words (lib/crisis/lexicon/). */
export const crisisLexicons: Record<Lang, CrisisLexicon> = { en, es };

/** How many other words may stand between two words of a phrase. */
const maxGap = 2;

/** One word of a phrase: its alternatives, each a whole word or (with `*`) a beginning. */
type Pattern = { word: string; prefix: boolean }[];

/**
 * Lowercase words without accents or apostrophes ("Don't" → "dont", "tomó" → "tomo"); "od'd"
 * is "od" (it would otherwise read as "odd").
 */
export function crisisWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\bod['’]d\b/g, 'od')
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

function parsePhrase(phrase: string): Pattern[] {
  return phrase
    .split(' ')
    .map((alternatives) =>
      alternatives.split('|').map((a) => ({ word: a.replace(/\*$/, ''), prefix: a.endsWith('*') })),
    );
}

/** True when a and b differ by at most one letter (added, dropped, changed or two swapped). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (i === a.length || i === b.length) return true;
  return (
    a.slice(i + 1) === b.slice(i + 1) || // changed
    a.slice(i + 1) === b.slice(i) || // a has one more
    a.slice(i) === b.slice(i + 1) || // b has one more
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swapped
  );
}

/** Every whole word the lexicons name: such a word is what it says, never a typo of another. */
const lexiconWords = new Set(
  Object.values(crisisLexicons).flatMap((lexicon) =>
    [lexicon.suicide, lexicon.overdose, lexicon.overdoseWords, lexicon.informational].flatMap(
      (phrases) => phrases.flatMap((p) => p.split(/[ |]/)).filter((w) => !w.endsWith('*')),
    ),
  ),
);

function wordMatches(pattern: Pattern, word: string): boolean {
  return pattern.some(({ word: w, prefix }) =>
    prefix
      ? word.startsWith(w)
      : word === w ||
        (w.length >= 6 && word.length >= 6 && !lexiconWords.has(word) && withinOneEdit(w, word)),
  );
}

/** True when the words hold the phrase: its words in order, each within `maxGap` of the last. */
function holds(words: string[], phrase: Pattern[]): boolean {
  const search = (from: number, p: number, window: number): boolean => {
    if (p === phrase.length) return true;
    for (let i = from; i < Math.min(words.length, from + window); i += 1)
      if (wordMatches(phrase[p]!, words[i]!) && search(i + 1, p + 1, maxGap + 1)) return true;
    return false;
  };
  return search(0, 0, words.length);
}

interface CompiledLexicon {
  suicide: Pattern[][];
  overdose: Pattern[][];
  overdoseWords: Pattern[][];
  informational: Pattern[][];
}

const compiled: CompiledLexicon[] = Object.values(crisisLexicons).map((lexicon) => ({
  suicide: lexicon.suicide.map(parsePhrase),
  overdose: lexicon.overdose.map(parsePhrase),
  overdoseWords: lexicon.overdoseWords.map(parsePhrase),
  informational: lexicon.informational.map(parsePhrase),
}));

/**
 * What crisis a query or comment expresses, in either language (readers mix them: "kms" on the
 * Spanish site): suicide or self-harm, an overdose happening now, both, or none ([]). Pure: it
 * keeps nothing and logs nothing.
 */
export function detectCrisis(text: string): CrisisKind[] {
  const words = crisisWords(text);
  if (words.length === 0) return [];
  const any = (phrases: Pattern[][]) => phrases.some((phrase) => holds(words, phrase));
  const kinds: CrisisKind[] = [];
  if (compiled.some((l) => any(l.suicide))) kinds.push('suicide');
  const overdoseNow = compiled.some((l) => any(l.overdose));
  const overdoseNamed =
    compiled.some((l) => any(l.overdoseWords)) && !compiled.some((l) => any(l.informational));
  if (overdoseNow || overdoseNamed) kinds.push('overdose');
  return kinds;
}

/** True when `text` expresses suicide, self-harm or an overdose now (see detectCrisis). */
export function isCrisis(text: string): boolean {
  return detectCrisis(text).length > 0;
}

/** How many phrases each language's lexicon holds (for the README and the report). */
export function lexiconSize(lang: Lang): number {
  const l = crisisLexicons[lang];
  return l.suicide.length + l.overdose.length + l.overdoseWords.length;
}

/** What a search in `lang` looks for when the query reads as these crises (the lexicon's `searchAs`). */
export function crisisSearchWords(kinds: readonly CrisisKind[], lang: Lang): string[] {
  return kinds.flatMap((kind) => crisisLexicons[lang].searchAs[kind]);
}
