import type { Lang } from '../../i18n/lang';
import { searchWords as en } from './en';
import { searchWords as es } from './es';
import type { SearchWords } from './types';

export type { PhraseRule, SearchWords } from './types';

/** Each language's search words: synonym groups, phrases, ambiguous and filler words. */
export const searchWords: Record<Lang, SearchWords> = { en, es };

/** Each language's synonym groups (reviewed tables, one file per language). */
export const synonymGroups: Record<Lang, readonly string[][]> = { en: en.groups, es: es.groups };

/** Without accents or tildes: how Spanish words are compared ("adiccion" = "adicción"). */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * A lookup from key to the groups' words: each word of a group is filed under the keys `keysOf`
 * gives it (the word itself, or its stems), so a query word finds its group by the same key.
 */
export function synonymLookup(
  groups: readonly string[][],
  keysOf: (term: string) => string[],
): (key: string) => string[] {
  const lookup = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group) {
      for (const k of keysOf(term))
        lookup.set(k, [...new Set([...(lookup.get(k) ?? []), ...group])]);
    }
  }
  return (key) => lookup.get(key) ?? [];
}
