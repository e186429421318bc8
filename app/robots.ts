import type { MetadataRoute } from 'next';
import { getSiteConfig } from '@/lib/config';
import { absoluteUrl } from '@/lib/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin/', '/api/', '/feedback/'] },
    sitemap: absoluteUrl('/sitemap.xml', getSiteConfig().url),
  };
}
