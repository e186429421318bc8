/** The site's editions. English is the default and lives at the root; Spanish lives under `/es`. */
export const langs = ['en', 'es'] as const;
export type Lang = (typeof langs)[number];

export const defaultLang: Lang = 'en';

/** BCP 47 tags used for `hreflang`, `inLanguage` and `Intl` formatting. */
export const langTags: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (langs as readonly string[]).includes(value);
}
