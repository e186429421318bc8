import type { Metadata } from 'next';
import {
  getAllArticles,
  getAllPages,
  getAllPeople,
  getCounterpart,
  type Article,
  type Page,
} from './content';
import { esPaths, paths } from './urls';
import { langTags, type Lang } from './i18n/lang';

/** Pairs of (English path, Spanish path) for pages with a twin in the other edition. */
export function editionPairs(): Array<[en: string, es: string]> {
  const pairs: Array<[string, string]> = [
    [paths.home, esPaths.home],
    [paths.faq, esPaths.faq],
    [paths.search, esPaths.search],
    [paths.find, esPaths.find],
    [paths.feedbackThanks, esPaths.feedbackThanks],
  ];
  for (const item of [...getAllArticles(), ...getAllPages()]) {
    const twin = getCounterpart(item);
    if (twin) pairs.push([item.url, twin.url]);
  }
  for (const person of getAllPeople()) pairs.push([person.url, esPaths.person(person.id)]);
  return pairs;
}

let counterparts: Record<string, string> | undefined;

/** Every path with a twin, mapped to that twin (both ways), for the language switcher. */
export function counterpartMap(): Record<string, string> {
  if (!counterparts) {
    counterparts = {};
    for (const [en, es] of editionPairs()) {
      counterparts[en] = es;
      counterparts[es] = en;
    }
  }
  return counterparts;
}

/**
 * Metadata `alternates` for a page: its canonical URL and, when it has a twin, `hreflang` links
 * to both editions and x-default (English).
 */
export function alternatesFor(
  canonical: string,
  twins?: { en: string; es: string },
): NonNullable<Metadata['alternates']> {
  if (!twins) return { canonical };
  return {
    canonical,
    languages: { [langTags.en]: twins.en, [langTags.es]: twins.es, 'x-default': twins.en },
  };
}

/** `alternatesFor` an article or trust page of either edition, from its counterpart. */
export function alternatesForItem(item: Article | Page): NonNullable<Metadata['alternates']> {
  const twin = getCounterpart(item);
  if (!twin) return { canonical: item.url };
  const [en, es] = item.lang === 'es' ? [twin.url, item.url] : [item.url, twin.url];
  return alternatesFor(item.url, { en, es });
}

/** `alternatesFor` a fixed route of the edition in `lang` (home, FAQ, search, find…). */
export function alternatesForFixed(
  lang: Lang,
  key: 'home' | 'faq' | 'search' | 'find',
): NonNullable<Metadata['alternates']> {
  return alternatesFor((lang === 'es' ? esPaths : paths)[key], {
    en: paths[key],
    es: esPaths[key],
  });
}
