import { plainText } from './body';

/**
 * Spanish readability: the Szigriszt-Pazos perspicuity formula read on the INFLESZ scale
 * (Barrio-Cantalejo et al., "Validación de la Escala INFLESZ para evaluar la legibilidad de los
 * textos dirigidos a pacientes", An. Sist. Sanit. Navar. 2008; 31(2): 135-152):
 *
 *   INFLESZ = 206.835 − 62.3 × syllables / words − words / sentences
 *
 * Below 40 "muy difícil", 40–55 "algo difícil", 55–65 "normal", 65–80 "bastante fácil", 80 and
 * up "muy fácil". No maintained npm package computes it, so syllables are counted here by the
 * rules of Spanish spelling (RAE, Ortografía 2010: diphthongs, hiatus, silent u in que/qui/gue/gui).
 */

/** Below this INFLESZ score ("normal" starts at 55) a Spanish article fails the content check. */
export const minInflesz = 55;

const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó']);
/** Weak vowels with a written accent: they always stand alone (hiatus: ma-íz, re-ú-ne). */
const stressedWeak = new Set(['í', 'ú']);
const vowels = new Set([...strong, ...stressedWeak, 'i', 'u', 'ü']);

/** Syllables in one Spanish word (letters only; digits and symbols are not words). */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (!w) return 0;
  // The u of que, qui, gue, gui is not pronounced (the ü of güe, güi is).
  w = w.replace(/qu(?=[eéií])/g, 'q').replace(/gu(?=[eéií])/g, 'g');
  // y is a vowel at the end of a word (hoy, muy, rey) and on its own (y); else a consonant.
  const letters = [...w].map((c, i, all) => (c === 'y' && !vowels.has(all[i + 1] ?? '') ? 'i' : c));
  let syllables = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    if (!vowels.has(c)) continue;
    const previous = letters[i - 1];
    // A new nucleus unless this vowel joins the previous one in a diphthong (or triphthong).
    const joins =
      previous !== undefined &&
      vowels.has(previous) &&
      !(strong.has(previous) && strong.has(c)) &&
      !stressedWeak.has(previous) &&
      !stressedWeak.has(c);
    if (!joins) syllables++;
  }
  return Math.max(1, syllables);
}

export interface SpanishTextStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Szigriszt-Pazos perspicuity, read on the INFLESZ scale. */
  inflesz: number;
}

/** Words of a Spanish text: runs of letters (numbers, symbols and markup are not counted). */
export function spanishWords(text: string): string[] {
  return text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
}

/** Sentences: text ending in . ! ? ; or : (or the end), with at least one word. */
export function spanishSentences(text: string): string[] {
  return text.split(/[.!?;:]+(?=\s|$)|\n{2,}/).filter((s) => spanishWords(s).length > 0);
}

/** INFLESZ score from counts; 0 for a text with no words. */
export function infleszScore(syllables: number, words: number, sentences: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - (62.3 * syllables) / words - words / sentences;
}

/** The INFLESZ band a score falls in. */
export function infleszLabel(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score < 80) return 'bastante fácil';
  return 'muy fácil';
}

/** Word, sentence and syllable counts and INFLESZ score of plain Spanish text. */
export function spanishStats(text: string): SpanishTextStats {
  const words = spanishWords(text);
  const sentences = spanishSentences(text).length;
  const syllables = words.reduce((n, w) => n + countSyllables(w), 0);
  return { words: words.length, sentences, syllables, inflesz: infleszScore(syllables, words.length, sentences) };
}

/** The same for an MDX body (markup, components and link targets removed first). */
export function spanishBodyStats(body: string): SpanishTextStats {
  return spanishStats(plainText(body));
}
