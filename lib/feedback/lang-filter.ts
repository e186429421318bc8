import { isLang, langs, type Lang } from '../i18n/lang';
import type { Summary } from './types';

/** The editors' `?lang=` filter: absent or empty means every edition. */
export type LangFilter = { ok: true; lang?: Lang } | { ok: false; error: string };

export function parseLangFilter(value: string | null | undefined): LangFilter {
  if (value === null || value === undefined || value === '') return { ok: true };
  if (isLang(value)) return { ok: true, lang: value };
  return {
    ok: false,
    error: `lang must be one of: ${langs.join(', ')} (or left out for every page)`,
  };
}

/** The summary narrowed to one edition's pages, totals counted again. */
export function summaryForLang(summary: Summary, lang: Lang | undefined): Summary {
  if (!lang) return summary;
  const pages = summary.pages.filter((p) => p.lang === lang);
  return {
    total: pages.reduce((n, p) => n + p.yes + p.no, 0),
    helplineTaps: pages.reduce((n, p) => n + p.helplineTaps, 0),
    pages,
  };
}
