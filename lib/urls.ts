import type { Lang } from './i18n/lang';

/** The paths of one edition of the site. */
export interface SitePaths {
  home: string;
  faq: string;
  search: string;
  article: (slug: string) => string;
  person: (id: string) => string;
  page: (slug: string) => string;
  faqQuestion: (id: string) => string;
  feedbackThanks: string;
  find: string;
  browsingPrivately: string;
  /** The page a malformed address gets, with status 400 (server.ts serves it; see lib/bad-request.ts). */
  badRequest: string;
}

/** Every path the site links to is built here, so a route rename is a one-line change. */
export const paths = {
  home: '/',
  faq: '/faq',
  search: '/search',
  article: (slug: string) => `/articles/${slug}`,
  person: (id: string) => `/people/${id}`,
  page: (slug: string) => `/${slug}`,
  faqQuestion: (id: string) => `/faq#${id}`,
  feedbackThanks: '/feedback/thanks',
  /** The ZIP code form; `?zip=` sends the reader on to the treatment locator. */
  find: '/find',
  browsingPrivately: '/browsing-privately',
  badRequest: '/bad-request',
} as const satisfies SitePaths;

/** The Spanish edition's paths: everything under `/es`, with Spanish slugs. */
export const esPaths = {
  home: '/es',
  faq: '/es/preguntas-frecuentes',
  search: '/es/buscar',
  article: (slug: string) => `/es/articulos/${slug}`,
  person: (id: string) => `/es/personas/${id}`,
  page: (slug: string) => `/es/${slug}`,
  faqQuestion: (id: string) => `/es/preguntas-frecuentes#${id}`,
  feedbackThanks: '/es/comentarios/gracias',
  find: '/es/encontrar',
  browsingPrivately: '/es/navegar-en-privado',
  badRequest: '/es/solicitud-incorrecta',
} as const satisfies SitePaths;

/** The paths of the edition in `lang`. */
export function pathsFor(lang: Lang): SitePaths {
  return lang === 'es' ? esPaths : paths;
}

/** The edition a site path belongs to: `/es` and everything under `/es/` is Spanish. */
export function langOfPath(path: string): Lang {
  return path === esPaths.home || path.startsWith(`${esPaths.home}/`) ? 'es' : 'en';
}

/** An absolute URL on this site: `siteUrl` is the site config's `url` (SITE_URL), passed in so this file stays client-safe. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return `${siteUrl}${path}`;
}

/** Routes that exist without a content file behind them. */
export const fixedRoutes = [paths.home, paths.faq, paths.search, paths.find] as const;

/**
 * Every first path segment the app itself answers (the folders and files directly in app/, and
 * segments kept for routes to come). A trust page (`/<slug>`) may not take one; a unit test
 * compares this list with app/.
 */
export const reservedTopLevelSegments = [
  'admin',
  'api',
  'articles',
  'es',
  'faq',
  'feedback',
  'find',
  'icon.svg',
  'opengraph-image',
  'people',
  'robots.txt',
  'search',
  'sitemap.xml',
  'twitter-image',
  '_next',
] as const;
