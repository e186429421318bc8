import { isCrisis } from '../crisis/detect';
import type { Lang } from '../i18n/lang';
import { analyzers } from './language';
import { foldAccents, searchWords, type PhraseRule } from './synonyms';

/** One thing a query asks for: a word the reader typed, or a phrase of them. */
export interface QueryWord {
  /** The index terms it is searched as: the word's own, and its group's or its phrase's meaning. */
  terms: string[];
  /**
   * A filler word (take, want, life): searched as typed, weighing less, and matching a document
   * only alongside a subject word.
   */
  filler: boolean;
  /** A word that is a crisis word on its own ("matarme", "suicide"): never read as a typo. */
  crisis: boolean;
  /** The last word the reader typed (still typing, perhaps: it is also searched as a prefix). */
  last: boolean;
}

interface CompiledPhrase {
  words: ((word: string) => boolean)[];
  means: string[];
}

function compilePhrase(rule: PhraseRule): CompiledPhrase {
  return {
    words: rule.words.split(' ').map((token) => {
      if (token === '{teen}') return (word) => /^1[2-9]$/.test(word);
      const alternatives = new Set(token.split('|'));
      return (word) => alternatives.has(word);
    }),
    means: [...rule.means],
  };
}

interface LanguageWords {
  phrases: CompiledPhrase[];
  /** Stems of the ambiguous and the filler words (a word's forms share its stem). */
  ambiguous: Set<string>;
  filler: Set<string>;
}

const compiled = new Map<Lang, LanguageWords>();

function languageWords(lang: Lang): LanguageWords {
  let words = compiled.get(lang);
  if (!words) {
    const { queryTerm } = analyzers[lang];
    const stems = (list: readonly string[]) =>
      new Set(list.flatMap((w) => queryTerm(w.toLowerCase()) ?? []));
    const source = searchWords[lang];
    words = {
      phrases: source.phrases.map(compilePhrase),
      ambiguous: stems(source.ambiguous),
      filler: stems(source.filler),
    };
    compiled.set(lang, words);
  }
  return words;
}

/** The words of a query as it is typed: lowercase letters and digits. */
export function typedWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * What a query asks for, word by word: phrases first ("línea de ayuda", "16 year old", "Medi-Cal"),
 * then each other word with its synonyms, except ambiguous and filler words, which are searched as
 * typed. Stop words ask for nothing.
 */
export function queryWords(text: string, lang: Lang): QueryWord[] {
  const analyzer = analyzers[lang];
  const { phrases, ambiguous, filler } = languageWords(lang);
  const words = typedWords(text);
  const folded = words.map(foldAccents);
  const asTerms = (list: string[]) =>
    [...new Set(list.flatMap((t) => analyzer.queryTerm(t.toLowerCase()) ?? []))].filter(Boolean);
  const result: QueryWord[] = [];
  for (let i = 0; i < words.length;) {
    const phrase = phrases.find(
      (p) =>
        i + p.words.length <= words.length &&
        p.words.every((matches, k) => matches(folded[i + k]!)),
    );
    if (phrase) {
      i += phrase.words.length;
      result.push({
        terms: asTerms(phrase.means),
        filler: false,
        crisis: false,
        last: i === words.length,
      });
      continue;
    }
    const word = words[i]!;
    i += 1;
    const stem = analyzer.queryTerm(word);
    if (!stem) continue;
    const plain = filler.has(stem) || ambiguous.has(stem);
    result.push({
      terms: plain ? [stem] : asTerms(analyzer.synonyms(word)),
      filler: filler.has(stem),
      crisis: isCrisis(word),
      last: i === words.length,
    });
  }
  return result;
}

/** The index terms of the words the reader typed (no synonyms): what a snippet marks. */
export function typedTerms(text: string, lang: Lang): Set<string> {
  const { queryTerm } = analyzers[lang];
  return new Set(typedWords(text).flatMap((w) => queryTerm(w) ?? []));
}
