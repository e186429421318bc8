import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { Lang } from './i18n/lang';
import { securityHeaders } from './security-headers';
import { langOfPath, pathsFor } from './urls';

/**
 * A malformed address (`/%`, `/es/articulos/%ZZ`): Next 16 cannot decode it and answers 500 with a
 * bare "Internal Server Error" (its 400 needs a Pages Router `_error` page, which this App Router
 * site has none of). server.ts answers 400 instead, with the site's own page for it, built by Next
 * at build time (app/(en)/(site)/bad-request, app/(es)/es/solicitud-incorrecta) and sent as built.
 */

/** Whether a request target's path cannot be percent-decoded. */
export function isMalformedPath(target: string): boolean {
  try {
    decodeURIComponent(target.split('?', 1)[0]!);
    return false;
  } catch {
    return true;
  }
}

/**
 * Reads the built 400 page of each edition from Next's build output (`distDir`) once, at start (a
 * server that cannot find them stops with a clear message rather than answer 500 later), and
 * returns what answers a request with the page of its path's edition when its path is malformed:
 * true when it did.
 */
export function badRequestAnswerer(
  distDir: string,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  const pages = Object.fromEntries(
    (['en', 'es'] as const).map((lang) => {
      const file = path.join(distDir, 'server', 'app', `${pathsFor(lang).badRequest}.html`);
      if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build`);
      return [lang, fs.readFileSync(file)];
    }),
  ) as Record<Lang, Buffer>;
  return (request, response) => {
    const target = request.url ?? '/';
    if (!isMalformedPath(target)) return false;
    for (const { key, value } of securityHeaders) response.setHeader(key, value);
    response.writeHead(400, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(pages[langOfPath(target.split('?', 1)[0]!)]);
    return true;
  };
}
