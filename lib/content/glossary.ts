import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Problem } from './types';

/**
 * The Spanish glossary (`content/es/glossary.json`): the one Spanish form of each term, the forms
 * to avoid, and the phrases where an avoided word is fine. It is the single source of the Spanish
 * list of stigmatizing terms the content check applies.
 */

const phrase = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });

export const glossarySchema = z.strictObject({
  $comment: z.string().optional(),
  terms: z
    .array(
      z.strictObject({
        en: phrase,
        es: phrase,
        /** Forms not to use; a Spanish article using one fails, suggesting `es`. */
        avoid: z.array(phrase).optional(),
        /** Phrases where an avoided word is fine: agency and publication names, uses not about a person. */
        allow: z.array(phrase).optional(),
      }),
      { error: 'must be a list of terms' },
    )
    .min(1, { error: 'must have at least one term' }),
});
export type Glossary = z.infer<typeof glossarySchema>;

export const glossaryFile = path.join('es', 'glossary.json');

/** Reads and validates the glossary in a content folder; undefined (with problems) when missing or invalid. */
export function readGlossary(dir: string, problems: Problem[]): Glossary | undefined {
  const abs = path.join(dir, glossaryFile);
  const file = path.relative(process.cwd(), abs) || abs;
  if (!fs.existsSync(abs)) {
    problems.push({ file, field: '(file)', message: 'is missing: the Spanish edition needs its glossary' });
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(abs, 'utf8'));
  } catch (error) {
    problems.push({ file, field: '(file)', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = glossarySchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, field: issue.path.join('.') || '(file)', message: issue.message });
    }
    return undefined;
  }
  const seen = new Map<string, number>();
  result.data.terms.forEach((term, i) => {
    for (const [j, word] of (term.avoid ?? []).entries()) {
      const key = word.toLowerCase();
      if (seen.has(key)) {
        problems.push({ file, field: `terms.${i}.avoid.${j}`, message: `"${word}" is already avoided in terms.${seen.get(key)}` });
      } else seen.set(key, i);
    }
  });
  return result.data;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word in any gender and number: `adicto` matches adicto, adicta, adictos, adictas. */
function wordForms(word: string): string {
  const w = escape(word);
  if (/[oa]$/i.test(word)) return `${w.slice(0, -1)}(?:o|a|os|as)`;
  if (/[eéií]$/i.test(word)) return `${w}s?`;
  return `${w}(?:es)?`;
}

export interface StigmaRule {
  pattern: RegExp;
  avoid: string;
  instead: string;
}

/** The glossary's avoid lists as patterns (whole words, any case, gender and number). */
export function stigmaRules(glossary: Glossary): { rules: StigmaRule[]; allowed: RegExp[] } {
  const rules = glossary.terms.flatMap((term) =>
    (term.avoid ?? []).map((avoid) => ({
      avoid,
      instead: term.es,
      pattern: new RegExp(`(?<!\\p{L})${avoid.split(/\s+/).map(wordForms).join('\\s+')}(?!\\p{L})`, 'iu'),
    })),
  );
  const allowed = glossary.terms.flatMap((term) =>
    (term.allow ?? []).map((phrase) => new RegExp(phrase.split(/\s+/).map(escape).join('\\s+'), 'giu')),
  );
  return { rules, allowed };
}

/** Stigmatizing Spanish terms in the text, each with the glossary's replacement. */
export function findSpanishStigmatizingTerms(text: string, rules: ReturnType<typeof stigmaRules>): string[] {
  const ownWords = rules.allowed.reduce((t, pattern) => t.replace(pattern, ' '), text);
  return rules.rules.flatMap(({ pattern, instead }) => {
    const match = ownWords.match(pattern);
    return match ? [`"${match[0]}" is stigmatizing: write "${instead}" instead (content/es/glossary.json)`] : [];
  });
}
