import { stemmer as spanishStemmer } from '@orama/stemmers/spanish';
import { stemmer as englishStemmer } from 'stemmer';
import type { Lang } from '../i18n/lang';
import { foldAccents, synonymGroups, synonymLookup } from './synonyms';

/** How one language turns words into index terms: stop words, stemming, accents, synonyms. */
export interface Analyzer {
  lang: Lang;
  /** The index terms for one word of a document (lowercase already); null for a stop word. */
  indexTerms(word: string): string | string[] | null;
  /** The term a query word (lowercase) is searched as; null for a stop word. */
  queryTerm(word: string): string | null;
  /** The query word with its synonyms, the word itself first. */
  synonyms(word: string): string[];
}

const englishStopWords = new Set(
  'a an and are as at be by can do does for from how i if in into is it its me my of on or so that the this to was what when where which who why will with you your much about get'.split(
    ' ',
  ),
);

/** Lowercase, drop stop words, reduce to the English stem ("costs" and "costing" both become "cost"). */
export function normalizeTerm(term: string): string | null {
  const lower = term.toLowerCase();
  if (englishStopWords.has(lower)) return null;
  return englishStemmer(lower);
}

const englishSynonyms = synonymLookup(synonymGroups.en, (t) => [t]);

/** The English term with its synonyms (the term itself first). */
export function expandTerm(term: string): string[] {
  return [term, ...englishSynonyms(term).filter((t) => t !== term)];
}

const english: Analyzer = {
  lang: 'en',
  indexTerms: normalizeTerm,
  queryTerm: (word) => (englishStopWords.has(word) ? null : englishStemmer(word)),
  synonyms: expandTerm,
};

/**
 * Spanish stop words (compared without accents): articles, prepositions, pronouns, forms of ser,
 * estar and haber, the question words readers start with ("cómo", "cuánto"), and "i" (English
 * readers type it here; a Roman numeral in a table is not worth a result). "sin" and "no"
 * stay searchable: "sin seguro" is a question of its own.
 */
const spanishStopWords = new Set(
  'a al algo algun alguna algunas alguno algunos ante antes asi aun cada como con contra cual cuales cuando cuanto cuanta cuantos cuantas de del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estas este esto estos esta estan estar estoy fue fueron ha han hay he hemos hace i la las le les lo los me mas mi mis mucho muy nos nuestra nuestro o para pero por porque puede pueden puedo que quien quienes se sea ser si sido sobre soy su sus tambien te tengo tiene tienen ti tu tus u un una unas uno unos usted ustedes y ya yo'.split(
    ' ',
  ),
);

/**
 * Spanish: Snowball's Spanish stemmer (@orama/stemmers), with accents ignored. The stemmer needs
 * the accents to find some endings ("rehabilitación" → "rehabilit", but "rehabilitacion" stays
 * whole), so a document word is indexed under both its stem without accents and the stem of the word
 * typed without accents; a query word is stemmed as typed, then its accents dropped, and meets one
 * of the two whichever way the reader typed it.
 */
function spanishStems(word: string): string[] {
  const stem = foldAccents(spanishStemmer(word));
  const typedStem = spanishStemmer(foldAccents(word));
  return stem === typedStem ? [stem] : [stem, typedStem];
}

const spanishQueryTerm = (word: string) => foldAccents(spanishStemmer(word));

/** Spanish synonyms are found by stem, so every form of a word finds its group ("trabajando"). */
const spanishSynonyms = synonymLookup(synonymGroups.es, spanishStems);

const spanish: Analyzer = {
  lang: 'es',
  indexTerms(word) {
    return spanishStopWords.has(foldAccents(word)) ? null : spanishStems(word);
  },
  queryTerm(word) {
    return spanishStopWords.has(foldAccents(word)) ? null : spanishQueryTerm(word);
  },
  synonyms(word) {
    return [word, ...spanishSynonyms(spanishQueryTerm(word)).filter((t) => t !== word)];
  },
};

/** Each language's analyzer. */
export const analyzers: Record<Lang, Analyzer> = { en: english, es: spanish };
