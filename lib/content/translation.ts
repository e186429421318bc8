import type { Article, Page, Problem } from './types';

/**
 * Translations: each Spanish file names the English file it translates (`translationOf`) and the
 * English `updated` date it was made from (`sourceUpdated`). This module pairs them and checks
 * the pairing; `translationStatus` tells a Spanish page whether its English source changed since.
 */

export interface Editions {
  articles: Article[];
  pages: Page[];
  es: { articles: Article[]; pages: Page[] };
}

export interface TranslationStatus {
  /** The English file changed after the translation was made. */
  stale: boolean;
  /** The English `updated` the translation was made from. */
  sourceUpdated: string;
  /** The English file's `updated` today. */
  sourceCurrentUpdated: string;
  /** The English file (its `url` is the link for the notice). */
  source: Article | Page;
}

/**
 * Where a Spanish article or page stands against its English source; undefined for an English
 * file, or a Spanish one whose source is missing (which the content check refuses).
 */
export function translationStatus(item: Article | Page, english: Array<Article | Page>): TranslationStatus | undefined {
  if (item.lang !== 'es' || !item.translationOf || !item.sourceUpdated) return undefined;
  const isArticle = 'topic' in item;
  const source = english.find((e) => e.slug === item.translationOf && 'topic' in e === isArticle);
  if (!source) return undefined;
  return {
    stale: source.updated > item.sourceUpdated,
    sourceUpdated: item.sourceUpdated,
    sourceCurrentUpdated: source.updated,
    source,
  };
}

/**
 * Pairs every Spanish file with its English source and checks the pairing: the source exists,
 * no two files translate it, `sourceUpdated` is not after the source's `updated` (a warning when
 * it is before: the English changed since). Spanish FAQs are paired with the English ones by
 * position: `faqs.N` translates the source's `faqs.N`, and gets its `sourceId`.
 */
export function pairTranslations(
  editions: Editions,
  invalid: { articles: Set<string>; pages: Set<string> },
  problems: Problem[],
  warnings: Problem[],
): Array<{ translation: Article | Page; source: Article | Page }> {
  const pairs: Array<{ translation: Article | Page; source: Article | Page }> = [];
  const groups: Array<[Array<Article | Page>, Array<Article | Page>, Set<string>, string]> = [
    [editions.es.articles, editions.articles, invalid.articles, 'an English article'],
    [editions.es.pages, editions.pages, invalid.pages, 'an English page'],
  ];
  for (const [translations, sources, invalidSources, what] of groups) {
    const seen = new Map<string, string>();
    for (const translation of translations) {
      const at = (field: string, message: string) => problems.push({ file: translation.file, field, message });
      const slug = translation.translationOf!;
      const source = sources.find((s) => s.slug === slug);
      if (!source) {
        if (!invalidSources.has(slug)) at('translationOf', `"${slug}" is not ${what}`);
        continue;
      }
      const other = seen.get(slug);
      if (other) at('translationOf', `"${slug}" is already translated by ${other}`);
      else seen.set(slug, translation.file);

      const made = translation.sourceUpdated!;
      if (made > source.updated) {
        at('sourceUpdated', `(${made}) is later than the English "updated" (${source.updated}) in ${source.file}`);
      } else if (made < source.updated) {
        warnings.push({
          file: translation.file,
          field: 'sourceUpdated',
          message: `the English source ${source.file} changed on ${source.updated}, after this translation (made from ${made}): update the translation, then set sourceUpdated to ${source.updated}`,
        });
      }
      if ('faqs' in translation && 'faqs' in source) {
        translation.faqs.forEach((faq, i) => {
          const sourceFaq = source.faqs[i];
          if (sourceFaq) faq.sourceId = sourceFaq.id;
        });
      }
      if ('related' in translation && 'related' in source) {
        // Related articles: the Spanish twins of the English ones (a warning: a twin may not exist yet).
        const spanishOf = new Map(editions.es.articles.map((a) => [a.translationOf, a.slug]));
        const missing = source.related.flatMap((slug) => {
          const twin = spanishOf.get(slug);
          return twin && !translation.related.includes(twin) ? [twin] : [];
        });
        if (missing.length) {
          warnings.push({
            file: translation.file,
            field: 'related',
            message: `misses ${missing.map((s) => `"${s}"`).join(', ')}, the Spanish twin${missing.length > 1 ? 's' : ''} of the English source's related articles`,
          });
        }
      }
      pairs.push({ translation, source });
    }
    // Once there is a Spanish edition, every English file should have its twin: listed, never fatal.
    if (editions.es.articles.length + editions.es.pages.length > 0) {
      for (const source of sources) {
        if (!seen.has(source.slug) && !translations.some((t) => t.translationOf === source.slug)) {
          warnings.push({
            file: source.file,
            field: '(translation)',
            message: `has no Spanish translation yet (no file in es/ names translationOf: ${source.slug})`,
          });
        }
      }
    }
  }
  return pairs;
}

/** Safety and helpline components a translation must keep wherever its source uses them. */
export const keptComponents = [
  'CrisisHelp',
  'WithdrawalSafety',
  'OverdoseSafety',
  'HelplineDetails',
  'FindProgramForm',
] as const;

/**
 * Emergency numbers of other countries that machine translation puts in (112 for 911, above all;
 * 999, and Mexico's former 066/060/061/080). Numbers that are also everyday amounts (100, 000)
 * are left out: the check must not fail "100 dólares".
 */
const foreignEmergencyNumbers = ['112', '999', '066', '060', '061', '080'];

/** A short number standing alone: not part of a longer number, an amount, a time or a URL path. */
const shortNumber = (n: string) => new RegExp(`(?<![\\d.,$/:#-])${n}(?![\\d%]|[.,:]\\d)`, 'g');

/** The phone numbers a text gives a reader: ten-digit and vanity numbers, tel:/sms: targets, 911 and 988. */
export function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?:\+?1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})\b/g)) {
    found.add(m[1]! + m[2]! + m[3]!);
  }
  for (const m of text.matchAll(/\b1-(\d{3})-(\d{3})-([A-Z]{4})\b/g)) found.add(`1-${m[1]}-${m[2]}-${m[3]}`);
  for (const m of text.matchAll(/\b(tel|sms):([+\d\s().-]+)/gi)) {
    found.add(`${m[1]!.toLowerCase()}:${m[2]!.replace(/\D/g, '')}`);
  }
  for (const n of ['911', '988', ...foreignEmergencyNumbers]) if (shortNumber(n).test(text)) found.add(n);
  return found;
}

const emergency = new Set(['911', '988', ...foreignEmergencyNumbers]);
const shown = (n: string) => (/^\d{10}$/.test(n) ? `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}` : n);

/** The texts of a file that give numbers, by field name (the same names in source and translation). */
function fieldsOf(item: Article | Page): Array<[string, string]> {
  const fields: Array<[string, string]> = [
    ['description', item.description],
    ['body', item.body],
  ];
  if ('keyTakeaways' in item) {
    fields.push(...item.keyTakeaways.map((t, i): [string, string] => [`keyTakeaways.${i}`, t]));
    fields.push(...item.faqs.map((f, i): [string, string] => [`faqs.${i}.answer`, f.answer]));
  }
  return fields;
}

/**
 * What a translation must carry over from its source: every phone number, tel:/sms: target, 911
 * and 988 (field by field), and no emergency number the source lacks; the same references (ids
 * and URLs) and citation ids; one Spanish FAQ per English FAQ (paired by position); the safety
 * and helpline components.
 */
export function checkTranslation(
  translation: Article | Page,
  source: Article | Page,
  citations: { translation: string[]; source: string[] } | undefined,
  components: { translation: Set<string>; source: Set<string> } | undefined,
  problems: Problem[],
): void {
  const at = (field: string, message: string) => problems.push({ file: translation.file, field, message });

  const sourceFields = new Map(fieldsOf(source));
  const translationFields = new Map(fieldsOf(translation));
  const allSource = numbersIn([...sourceFields.values()].join('\n'));
  const allTranslation = numbersIn([...translationFields.values()].join('\n'));
  for (const [field, text] of sourceFields) {
    const theirs = numbersIn(text);
    const mine = translationFields.has(field) ? numbersIn(translationFields.get(field)!) : allTranslation;
    const missing = [...theirs].filter((n) => !mine.has(n));
    if (missing.length) {
      at(
        field,
        `the English ${field} (${source.file}) gives ${missing.map((n) => `"${shown(n)}"`).join(', ')}, which this translation's ${field} does not`,
      );
    }
  }
  for (const [field, text] of translationFields) {
    const theirs = sourceFields.has(field) ? numbersIn(sourceFields.get(field)!) : allSource;
    const extra = [...numbersIn(text)].filter((n) => emergency.has(n) && !theirs.has(n) && !allSource.has(n));
    if (extra.length) {
      at(
        field,
        `emergency number ${extra.map((n) => `"${n}"`).join(', ')} is not in the English source (${source.file}): in the US, emergencies are 911 and the crisis line is 988`,
      );
    }
  }

  if ('references' in translation && 'references' in source) {
    const theirs = new Map(source.references.map((r) => [r.id, r]));
    const mine = new Map(translation.references.map((r) => [r.id, r]));
    translation.references.forEach((ref, i) => {
      const original = theirs.get(ref.id);
      if (!original) at(`references.${i}.id`, `"${ref.id}" is not a reference of the English source (${source.file})`);
      else if ((original.url ?? '') !== (ref.url ?? '')) {
        at(`references.${i}.url`, `must be the English source's URL for "${ref.id}" (${original.url ?? 'none'})`);
      }
    });
    const missing = source.references.filter((r) => !mine.has(r.id)).map((r) => `"${r.id}"`);
    if (missing.length) at('references', `misses the English source's reference${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);

    if (citations) {
      const theirsCited = new Set(citations.source);
      const mineCited = new Set(citations.translation);
      const notCited = [...theirsCited].filter((id) => !mineCited.has(id));
      const extra = [...mineCited].filter((id) => !theirsCited.has(id));
      if (notCited.length) at('body', `never cites ${notCited.map((id) => `"${id}"`).join(', ')}, which the English source cites`);
      if (extra.length) at('body', `cites ${extra.map((id) => `"${id}"`).join(', ')}, which the English source does not`);
    }

    if (translation.faqs.length !== source.faqs.length) {
      at(
        'faqs',
        `has ${translation.faqs.length} question${translation.faqs.length === 1 ? '' : 's'}, the English source ${source.faqs.length}: translate each one, in the same order (faqs.N translates the English faqs.N)`,
      );
    }
  }

  if (components) {
    for (const name of keptComponents) {
      if (components.source.has(name) && !components.translation.has(name)) {
        at('body', `must include <${name} /> like the English source (${source.file})`);
      }
    }
  }
}
