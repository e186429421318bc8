import { en, type Dictionary } from './dictionaries/en';
import { es } from './dictionaries/es';
import { langTags, type Lang } from './lang';

export type { Dictionary } from './dictionaries/en';

const dictionaries: Record<Lang, Dictionary> = { en, es };

/** The interface strings of the edition in `lang`. */
export function getDictionary(lang: Lang): Dictionary {
  return dictionaries[lang];
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) as readers of `lang` write it, e.g. "March 4, 2025" / "4 de marzo de 2025". */
export function formatDate(date: string, lang: Lang): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(langTags[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
