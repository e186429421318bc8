import type { MetadataRoute } from 'next';
import { getAllArticles, getAllPages, getAllPeople } from '@/lib/content';
import { counterpartMap } from '@/lib/i18n/editions';
import { langTags } from '@/lib/i18n/lang';
import { absoluteUrl } from '@/lib/structured-data';
import { esPaths, paths } from '@/lib/urls';

/**
 * Every public page of both editions, with the date its content last changed and, for a page
 * with a twin in the other edition, both as `hreflang` alternates (en-US, es-US, x-default).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getAllArticles();
  const esArticles = getAllArticles('es');
  const newest = (list: typeof articles) =>
    list
      .map((a) => a.updated)
      .sort()
      .at(-1);
  const twins = counterpartMap();
  const entry = (path: string, lastModified?: string) => {
    const twin = twins[path];
    const isSpanish = path === esPaths.home || path.startsWith(`${esPaths.home}/`);
    const [en, es] = isSpanish ? [twin, path] : [path, twin];
    return {
      url: absoluteUrl(path),
      ...(lastModified ? { lastModified } : {}),
      ...(twin && en && es
        ? {
            alternates: {
              languages: {
                [langTags.en]: absoluteUrl(en),
                [langTags.es]: absoluteUrl(es),
                'x-default': absoluteUrl(en),
              },
            },
          }
        : {}),
    };
  };
  const personUpdated = (id: string) =>
    articles
      .filter((a) => a.author === id || a.reviewer === id)
      .map((a) => a.updated)
      .sort()
      .at(-1);
  return [
    entry(paths.home, newest(articles)),
    entry(paths.faq, newest(articles)),
    entry(paths.find),
    ...articles.map((a) => entry(a.url, a.updated)),
    ...getAllPages().map((p) => entry(p.url, p.updated)),
    ...getAllPeople().map((person) => entry(person.url, personUpdated(person.id))),
    entry(esPaths.home, newest(esArticles)),
    entry(esPaths.faq, newest(esArticles)),
    entry(esPaths.find),
    ...esArticles.map((a) => entry(a.url, a.updated)),
    ...getAllPages('es').map((p) => entry(p.url, p.updated)),
    ...getAllPeople().map((person) => entry(esPaths.person(person.id), personUpdated(person.id))),
  ];
}
