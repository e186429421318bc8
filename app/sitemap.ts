import type { MetadataRoute } from 'next';
import { getSiteConfig } from '@/lib/config';
import { getSitePages } from '@/lib/content/site-pages';
import { absoluteUrl } from '@/lib/urls';

/** Every public page (both editions), with the date its content last changed. */
export default function sitemap(): MetadataRoute.Sitemap {
  const siteUrl = getSiteConfig().url;
  return getSitePages()
    .filter((page) => page.inSitemap)
    .map((page) => ({
      url: absoluteUrl(page.path, siteUrl),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
    }));
}
