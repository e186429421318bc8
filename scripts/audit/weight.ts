import { gzipSync } from 'node:zlib';

/** Gzip bytes a page costs: its HTML, the scripts and stylesheets it loads. */
export type Weight = { html: number; js: number; css: number; scripts: string[] };

export const budgets = {
  /** Our own JavaScript on top of the framework's floor. */
  ownJs: 20 * 1024,
  css: 15 * 1024,
  /**
   * On Next's own path every page sends its text twice, as HTML and again as React's flight data,
   * and Next compresses with gzip only (a brotli CDN in front sends about a third less). Measured
   * on 3 December 2026 (gzip, 26 + 26 articles): the longest article 41.4 KB, most under 30 KB.
   */
  html: 45 * 1024,
  /**
   * The FAQ pages carry every answer (87 per edition) so they read with JavaScript off, and the
   * flight data carries each one again: 50.4 KB and 54.7 KB (gzip) on the same day.
   */
  faqHtml: 60 * 1024,
};

/** Paths of the FAQ pages, which get `budgets.faqHtml`. */
const faqPaths = new Set(['/faq', '/es/preguntas-frecuentes']);

/** The HTML budget of one page. */
export function htmlBudget(pagePath: string): number {
  return faqPaths.has(pagePath) ? budgets.faqHtml : budgets.html;
}

const assetSizes = new Map<string, Promise<number>>();

/** Gzip size (zlib default level, as `next start` compresses) of an asset, fetched once per run. */
function gzipSizeOf(url: string): Promise<number> {
  let size = assetSizes.get(url);
  if (!size) {
    size = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return gzipSync(Buffer.from(await response.arrayBuffer())).length;
    });
    assetSizes.set(url, size);
  }
  return size;
}

/** The gzip size of one script URL (for the framework floor's set). */
export const scriptSize = gzipSizeOf;

/**
 * Weighs a page from its server HTML: the `<script src>` files and
 * `<link rel="stylesheet">` files it loads (not `nomodule` ones, which modern browsers skip;
 * JavaScript loaded later on demand is not counted), and the HTML itself.
 */
export async function weighPage(html: string, pageUrl: string): Promise<Weight> {
  const attr = (tag: string, name: string) =>
    tag
      .match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)')`))
      ?.slice(1)
      .find((v) => v !== undefined);
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        // Modern browsers skip `nomodule` scripts (Next's legacy polyfills).
        .filter((m) => !/\snomodule\b/i.test(m[0]))
        .map((m) => attr(m[0], 'src'))
        .filter((src): src is string => !!src)
        .map((src) => new URL(src.replace(/&amp;/g, '&'), pageUrl).href),
    ),
  ];
  const styles = [
    ...new Set(
      [...html.matchAll(/<link\b[^>]*>/g)]
        .filter((m) => /\srel=["']?stylesheet/.test(m[0]))
        .map((m) => attr(m[0], 'href'))
        .filter((href): href is string => !!href)
        .map((href) => new URL(href.replace(/&amp;/g, '&'), pageUrl).href),
    ),
  ];
  const sum = async (urls: string[]) =>
    (await Promise.all(urls.map(gzipSizeOf))).reduce((a, b) => a + b, 0);
  return {
    html: gzipSync(Buffer.from(html)).length,
    js: await sum(scripts),
    css: await sum(styles),
    scripts,
  };
}

/** Our own JavaScript on a page: the gzip bytes of its scripts that the floor page does not load. */
export async function ownJs(weight: Weight, floorScripts: Set<string>): Promise<number> {
  const own = weight.scripts.filter((s) => !floorScripts.has(s));
  return (await Promise.all(own.map(gzipSizeOf))).reduce((a, b) => a + b, 0);
}
