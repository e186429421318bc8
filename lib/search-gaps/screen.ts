import { detectCrisis, crisisWords } from '../crisis/detect';
import { redactPersonalData } from '../feedback/redact';

/** Why a query is not kept. */
export type ScreenReason = 'empty' | 'personal' | 'digits' | 'address' | 'link' | 'crisis';

export type Screened = { ok: true; query: string } | { ok: false; reason: ScreenReason };

/** The most words and characters a kept query has (longer ones are cut at a word). */
export const maxWords = 8;
export const maxChars = 80;

/** Longer "words" are codes, ids or names run together, not search words. */
const maxWordLength = 24;

/**
 * Words that, beside a number, make an address: units (English), and Spanish street words (the
 * feedback redaction finds English street addresses, "123 Main St", itself). Words readers also
 * search with ("court", "drive", "way") are left out.
 */
const addressWords = new Set(
  (
    'apt apartment suite ste calle avenida av avda camino carretera paseo calzada apartamento ' +
    'apto depto departamento'
  ).split(' '),
);

const link = /https?:|www\.|\.(?:com|org|net|gov|edu|us|io|info)\b/i;

/**
 * What of a search that found nothing may be kept, or why none of it may: never anything the
 * feedback redaction would remove (emails, phone and Social Security numbers, dates of birth,
 * street addresses), an @, a run of 4 or more digits (also written with spaces or dashes), a
 * number beside a unit or Spanish street word, a web address, a very long word, or words the
 * crisis detector flags. A kept query is lowercase, accents folded, at most 8 words and 80
 * characters.
 */
export function screenQuery(raw: string): Screened {
  const text = raw.normalize('NFKC');
  const words = crisisWords(text);
  if (!words.some((w) => /\p{L}/u.test(w))) return { ok: false, reason: 'empty' };
  if (/[@＠﹫]/.test(text) || redactPersonalData(text) !== text) {
    return { ok: false, reason: 'personal' };
  }
  if (words.some((w) => w.length > maxWordLength)) return { ok: false, reason: 'personal' };
  if (/\d{4,}/.test(text.replace(/(?<=\d)[\s().\-/]+(?=\d)/g, ''))) {
    return { ok: false, reason: 'digits' };
  }
  if (words.some((w) => /\d/.test(w)) && words.some((w) => addressWords.has(w))) {
    return { ok: false, reason: 'address' };
  }
  if (link.test(text)) return { ok: false, reason: 'link' };
  if (detectCrisis(text).length > 0) return { ok: false, reason: 'crisis' };
  let query = '';
  for (const word of words.slice(0, maxWords)) {
    const next = query ? `${query} ${word}` : word;
    if (next.length > maxChars) break;
    query = next;
  }
  // The kept words alone must pass too (cutting can't make a crisis phrase, but check anyway).
  if (detectCrisis(query).length > 0) return { ok: false, reason: 'crisis' };
  return { ok: true, query };
}
