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
      pairs.push({ translation, source });
    }
  }
  return pairs;
}
