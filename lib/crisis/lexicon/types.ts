/**
 * One language's crisis words, as data. A phrase is words in order, written without accents;
 * `a|b` means either word, `word*` any word starting so ("suicid*": suicide, suicidal,
 * suicidarme). Up to two other words may stand between a phrase's words ("i want to just die"
 * matches "want die"), and a word of 6 letters or more also matches with one letter wrong.
 */
export interface CrisisLexicon {
  /** Suicide or self-harm: always the crisis box. */
  suicide: readonly string[];
  /** An overdose happening now (someone not breathing, "took too many pills"). */
  overdose: readonly string[];
  /**
   * Words that name an overdose without saying it is happening ("overdose"): a crisis unless the
   * query also has an informational word ("risk of overdose after a break" is a question).
   */
  overdoseWords: readonly string[];
  /** Words that make an `overdoseWords` query a question about overdose rather than one now. */
  informational: readonly string[];
  /**
   * What a crisis query is searched as, in place of its own words (which would find pages that
   * merely share "want" or "no"): the site's pages on crisis help and on an overdose.
   */
  searchAs: Record<'suicide' | 'overdose', readonly string[]>;
}
