import readability from 'text-readability';
import { plainText } from './body';

/** Above this Flesch-Kincaid grade an article fails the content check. */
export const maxReadingGrade = 10;
/** The grade editors aim for; above it the report flags the article. */
export const targetReadingGrade = 8;
export const minReferences = 3;
/** A FAQ answer outside this range gets a warning: long enough to answer, short enough to scan. */
export const faqAnswerWords = { min: 40, max: 120 } as const;
/** Reviews due within this many days are listed by the content check. */
export const reviewDueSoonDays = 30;
/** How long a review holds when an article does not set `nextReview`. */
export const reviewCycleMonths = 12;

/**
 * Words that stigmatize people who use substances, with what to write instead.
 * Allowed inside the titles of cited works, which are not checked.
 */
export const stigmatizingTerms: ReadonlyArray<{ pattern: RegExp; instead: string }> = [
  { pattern: /\baddicts?\b/i, instead: 'person with a substance use disorder' },
  { pattern: /\babusers?\b/i, instead: 'person who uses substances' },
  { pattern: /\bsubstance abuse\b/i, instead: 'substance use' },
  { pattern: /\bdrug abuse\b/i, instead: 'drug use' },
  { pattern: /\balcohol abuse\b/i, instead: 'alcohol use' },
  { pattern: /\balcoholics?\b/i, instead: 'person with an alcohol use disorder' },
  { pattern: /\bjunkies?\b/i, instead: 'person who uses drugs' },
  { pattern: /\b(?:clean|dirty) (?:urine|drug test|screen|test)s?\b/i, instead: 'negative / positive test' },
  { pattern: /\bdrug habit\b/i, instead: 'substance use disorder' },
];

export interface TextStats {
  words: number;
  /** Flesch-Kincaid grade: an English formula (Spanish articles are judged by `inflesz`). */
  readingGrade: number;
  /** Spanish articles only: Szigriszt-Pazos perspicuity on the INFLESZ scale (readability-es.ts). */
  inflesz?: number;
  minutesToRead: number;
}

/** Word count, Flesch-Kincaid grade and reading time of an MDX body. */
export function textStats(body: string): TextStats {
  const text = plainText(body);
  const words = readability.lexiconCount(text);
  return {
    words,
    readingGrade: words === 0 ? 0 : readability.fleschKincaidGrade(text),
    minutesToRead: Math.max(1, Math.round(words / 200)),
  };
}

/** Proper names of agencies that keep an old word; they are not the site's own wording. */
const agencyNames = [
  /National Institute on Drug Abuse/gi,
  /National Institute on Alcohol Abuse and Alcoholism/gi,
  /Substance Abuse and Mental Health Services Administration/gi,
  /Center for Substance Abuse Treatment/gi,
];

/** Stigmatizing terms found in the given text, each with a suggested replacement. */
export function findStigmatizingTerms(text: string): string[] {
  const ownWords = agencyNames.reduce((t, name) => t.replace(name, ' '), text);
  return stigmatizingTerms.flatMap(({ pattern, instead }) => {
    const match = ownWords.match(pattern);
    return match ? [`"${match[0]}" is stigmatizing: write "${instead}" instead`] : [];
  });
}

/** The date a number of months after an ISO date, as an ISO date. */
export function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
