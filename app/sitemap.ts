import type { MetadataRoute } from 'next';
import { getAllArticles, getAllPages, getAllPeople } from '@/lib/content';
import { absoluteUrl } from '@/lib/structured-data';
import { paths } from '@/lib/urls';

/** Every public page, with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const articles = getAllArticles();
  const newest = articles
    .map((a) => a.updated)
    .sort()
    .at(-1);
  const entry = (path: string, lastModified?: string) => ({
    url: absoluteUrl(path),
    ...(lastModified ? { lastModified } : {}),
  });
  return [
    entry(paths.home, newest),
    entry(paths.faq, newest),
    entry(paths.find),
    ...articles.map((a) => entry(a.url, a.updated)),
    ...getAllPages().map((p) => entry(p.url, p.updated)),
    ...getAllPeople().map((person) =>
      entry(
        person.url,
        articles
          .filter((a) => a.author === person.id || a.reviewer === person.id)
          .map((a) => a.updated)
          .sort()
          .at(-1),
      ),
    ),
  ];
}
