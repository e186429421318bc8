import type { Lang } from '../i18n/lang';
import { esPaths, paths } from '../urls';
import { getAllArticles, getAllPages, getAllPeople } from './index';

/** One page a reader can visit. */
export type SitePage = {
  path: string;
  lang: Lang;
  /** The article's or page's title, for a "back to" link. */
  title?: string;
  /** When its content last changed (ISO date), where that is known. */
  lastModified?: string;
  /** False for pages a sitemap leaves out (search results). */
  inSitemap: boolean;
};

const newest = (dates: string[]) => [...dates].sort().at(-1);

/**
 * Every page a reader can visit, in both editions: the one list behind the sitemap and the
 * feedback API's known pages (written at build time by scripts/build-known-pages.ts).
 */
export function getSitePages(): SitePage[] {
  const people = getAllPeople();
  return (['en', 'es'] as const).flatMap((lang): SitePage[] => {
    const at = lang === 'es' ? esPaths : paths;
    const articles = getAllArticles(lang);
    const latest = newest(articles.map((a) => a.updated));
    const fixed = (path: string, lastModified?: string, inSitemap = true): SitePage => ({
      path,
      lang,
      ...(lastModified ? { lastModified } : {}),
      inSitemap,
    });
    return [
      fixed(at.home, latest),
      fixed(at.faq, latest),
      fixed(at.search, undefined, false),
      fixed(at.find),
      ...articles.map((a) => ({ ...fixed(a.url, a.updated), title: a.title })),
      ...getAllPages(lang).map((p) => ({ ...fixed(p.url, p.updated), title: p.title })),
      ...people.map((person) =>
        fixed(
          at.person(person.id),
          newest(
            articles.filter((a) => a.author === person.id || a.reviewer === person.id).map((a) => a.updated),
          ),
        ),
      ),
    ];
  });
}

/** Every path a reader can visit (both editions). */
export function getSitePaths(): string[] {
  return getSitePages().map((p) => p.path);
}
