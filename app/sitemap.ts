import type { MetadataRoute } from 'next';
import { getSiteConfig } from '@/lib/config';
import { getSitePages } from '@/lib/content/site-pages';
import { counterpartMap } from '@/lib/editions';
import { langTags } from '@/lib/i18n/lang';
import { absoluteUrl } from '@/lib/urls';

/**
 * Every public page of both editions, with the date its content last changed and, for a page
 * with a twin in the other edition, both as `hreflang` alternates (en-US, es-US, x-default).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const siteUrl = getSiteConfig().url;
  const twins = counterpartMap();
  return getSitePages()
    .filter((page) => page.inSitemap)
    .map((page) => {
      const twin = twins[page.path];
      const [en, es] = page.lang === 'es' ? [twin, page.path] : [page.path, twin];
      return {
        url: absoluteUrl(page.path, siteUrl),
        ...(page.lastModified ? { lastModified: page.lastModified } : {}),
        ...(en && es
          ? {
              alternates: {
                languages: {
                  [langTags.en]: absoluteUrl(en, siteUrl),
                  [langTags.es]: absoluteUrl(es, siteUrl),
                  'x-default': absoluteUrl(en, siteUrl),
                },
              },
            }
          : {}),
      };
    });
}
