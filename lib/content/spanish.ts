import { getSiteConfig } from '../config';
import { spanishCrisisRoute as routeFor } from '../i18n/crisis-route';

/**
 * Checks on Spanish text, as small functions over plain text (an article's prose, a page's, a
 * dictionary string): the crisis line's Spanish route wherever 988 appears, and no English sentence.
 */

/** The crisis line's Spanish route for the configured line, worded one way everywhere (lib/i18n/crisis-route.ts). */
export function spanishCrisisRoute(): string {
  return routeFor(getSiteConfig().crisis);
}

/** Sentences of a plain text: split after ., ! or ? (and at line breaks, which end list items). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

// The crisis line's number, not inside a web address and not in the English names of sources
// ("988 Suicide & Crisis Lifeline", "988 Lifeline: What to expect"), which are titles, not advice.
const crisisNumber = /(?<![\w./-])988(?![\w-]|\.org|\s+(?:Suicide|Lifeline)\b)/;
const webAddress = /\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|gov|com|net)\b\S*/gi;

/**
 * Sentences that give 988 without its Spanish route (in the same sentence, the one before or the
 * one after), each shortened for the report. [] when every 988 carries it.
 */
export function find988WithoutRoute(text: string, route = spanishCrisisRoute()): string[] {
  const list = sentences(text.replace(webAddress, ' '));
  const has = (s: string | undefined) => s !== undefined && s.toLowerCase().includes(route.toLowerCase());
  return list.flatMap((sentence, i) =>
    crisisNumber.test(sentence) && ![list[i - 1], sentence, list[i + 1]].some(has)
      ? [shorten(sentence)]
      : [],
  );
}

/** The problem message for a 988 without its route. */
export function missingRouteMessage(sentence: string, route = spanishCrisisRoute()): string {
  return `gives 988 without its Spanish route ("${sentence}"): add "${route}" in the same sentence, the one before or the one after`;
}

// Words that only English uses (none that Spanish also uses, like "a", "no", "me", "he").
const englishWords = new Set(
  (
    'the and of to is are was were be been you your yours for with this that these those it its ' +
    'we our they their them he she his her can will would should could may might must do does did ' +
    'have has had not what which who whom how when where why if or at by from about into than then ' +
    'there here all any some more most other such only also just very an as on in out up so'
  ).split(' '),
);
const spanishWords = new Set(
  (
    'el la los las de del y que en un una unos unas por para con es son se su sus lo al o u como ' +
    'más pero si le les usted ustedes este esta estos estas ese esa eso muy también puede hay ' +
    'cuando donde qué cómo sin sobre entre hasta desde ya tiene ni'
  ).split(' '),
);

/** A sentence of at least 5 words most of whose small words are English: an English line on a Spanish page. */
export function looksEnglish(sentence: string): boolean {
  const words = sentence
    .replace(webAddress, ' ')
    .toLowerCase()
    .split(/[^\p{L}\d'’]+/u)
    .filter(Boolean);
  if (words.length < 5) return false;
  const english = words.filter((w) => englishWords.has(w)).length;
  const spanish = words.filter((w) => spanishWords.has(w)).length;
  return english >= 3 && english > 2 * spanish;
}

/** English sentences in a Spanish text, shortened for the report. */
export function findEnglishSentences(text: string): string[] {
  return sentences(text).filter(looksEnglish).map(shorten);
}

function shorten(sentence: string): string {
  return sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence;
}

/**
 * Every reader-facing string of a dictionary, with its key path: plain strings as they are,
 * and functions called with sample arguments (numbers and names), so their words are checked too.
 */
export function dictionaryStrings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const sample = (value as (...args: unknown[]) => unknown)(...Array(value.length).fill('1'));
    return typeof sample === 'string' ? [[path, sample]] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => dictionaryStrings(v, `${path}.${i}`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => dictionaryStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

/**
 * Both Spanish checks over named fields of one file: a problem per 988 without its route and per
 * English sentence, reported through `at(field, message)`.
 */
export function checkSpanishText(
  fields: Array<[string, string]>,
  at: (field: string, message: string) => void,
): void {
  const route = spanishCrisisRoute();
  for (const [field, text] of fields) {
    for (const sentence of find988WithoutRoute(text, route)) at(field, missingRouteMessage(sentence, route));
    for (const sentence of findEnglishSentences(text)) {
      at(field, `reads as English on a Spanish page ("${sentence}"): write it in Spanish, or quote a name only`);
    }
  }
}

/**
 * Spanish links to the questions page that lost the anchor their English link has: the English
 * source sends readers to one question (`/faq#…`), the Spanish one to the top of a long page. Line
 * numbers of the bare Spanish links, when the source links to anchored questions.
 */
export function faqLinksWithoutAnchor(
  spanish: ReadonlyArray<{ url: string; line: number }>,
  english: ReadonlyArray<{ url: string }>,
  faqPaths: { en: string; es: string },
): number[] {
  const anchored = english.some((l) => l.url.startsWith(`${faqPaths.en}#`));
  if (!anchored) return [];
  return spanish.filter((l) => l.url === faqPaths.es || l.url === `${faqPaths.es}/`).map((l) => l.line);
}
