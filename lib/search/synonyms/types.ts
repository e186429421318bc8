/**
 * A phrase whose words mean something their words alone don't ("línea de ayuda" is the helpline,
 * not online care; "16 year old" is a teenager). Its words are matched in order, lowercase and
 * without accents; `a|b` is either word and `{teen}` a number from 12 to 19. The phrase is then
 * searched as `means` (each a word or a synonym group's word, expanded no further).
 */
export interface PhraseRule {
  words: string;
  means: readonly string[];
}

/** One language's search words, reviewed by editors (lib/search/synonyms/en.ts, es.ts). */
export interface SearchWords {
  /** Words readers use for the same idea: a query word in a group also searches the others. */
  groups: readonly string[][];
  phrases: readonly PhraseRule[];
  /**
   * Words with two meanings ("seguro": insurance and safe). Searched as typed, never widened to a
   * group by themselves; their phrases ("seguro médico", "es seguro") choose the meaning.
   */
  ambiguous: readonly string[];
  /**
   * Words that carry little of a question's subject (take, want, life). Searched as typed, never
   * widened, weighing less than the subject words, and never a match by themselves when the query
   * has subject words.
   */
  filler: readonly string[];
}
