import type { AuditPage } from './types';

/**
 * Pages that are not in the sitemap but readers reach: search results, the ZIP code form after a
 * wrong ZIP code, and the not-found page.
 */
export const extraPaths: Array<{ path: string; expectStatus: number }> = [
  { path: '/search?q=cost', expectStatus: 200 },
  { path: '/find?zip=123', expectStatus: 400 },
  { path: '/articles/no-such-page-audit', expectStatus: 404 },
  // The Spanish edition's pages outside the sitemap (its home, articles and FAQ are in it).
  { path: '/es/buscar?q=costo', expectStatus: 200 },
  { path: '/es/encontrar?zip=123', expectStatus: 400 },
  { path: '/es/articulos/no-existe-auditoria', expectStatus: 404 },
];

/** Every page in /sitemap.xml (its origin rewritten to the server under test), plus the extra paths. */
export async function pagesToAudit(
  base: string,
): Promise<{ pages: AuditPage[]; sitemapOrigins: string[] }> {
  const response = await fetch(`${base}/sitemap.xml`);
  if (!response.ok) throw new Error(`GET /sitemap.xml answered ${response.status}`);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => decodeXml(m[1]!));
  if (locs.length === 0) throw new Error('the sitemap lists no pages');
  const paths = locs.map((loc) => {
    const url = new URL(loc);
    return url.pathname + url.search;
  });
  const all = [
    ...[...new Set(paths)].map((path) => ({ path, expectStatus: 200 })),
    ...extraPaths.filter((extra) => !paths.includes(extra.path)),
  ];
  return {
    pages: all.map((p) => ({ ...p, url: base + p.path })),
    sitemapOrigins: [...new Set(locs.map((loc) => new URL(loc).origin))],
  };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
