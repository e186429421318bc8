import type {
  IncomingHttpHeaders,
  IncomingMessage,
  OutgoingHttpHeaders,
  ServerResponse,
} from 'node:http';
import Negotiator from 'negotiator';
import { readQuery } from '../search/page-query';
import { isUnansweredPage } from '../search-gaps/unanswered-pages';
import { QueryCache } from '../search/query-cache';
import { esPaths, paths } from '../urls';

/**
 * Whole search pages, kept in memory by server.ts. A search page is a pure function of its
 * edition, its query and the build: the results come from the build's index, and nothing in the
 * page depends on who asks (no cookies, no per-request nonce). So once rendered, a page can be sent
 * again as it was until the process ends, and a content change arrives with a rebuild and a new
 * process. Keyed by the edition's path, the query as the page reads it (readQuery) and the
 * response's encoding; bounded, least recently used first out. Next's own prerendering can't keep
 * these (it ignores the query string), and partial prerendering would still render the page's flight
 * data per request.
 */

/** Says whether a search page came from this cache ("hit") or was rendered ("miss"). */
export const searchCacheHeader = 'x-search-cache';

/** A page larger than this is sent but not kept (search pages are about 70 KB; 200 × 256 KB at most). */
const maxBodyBytes = 256 * 1024;

/** Requests from Next's client router ask for flight data, not HTML: never from this cache. */
const routerHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
];

interface CachedPage {
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding server.ts's compression middleware (`compression`) will send, found the way it finds
 * it (the same negotiator, lists and order). A page is cached per encoding; deflate, which no
 * browser prefers, is rendered each time.
 */
export function cacheableEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return 'identity';
  // negotiator 0.6.4 takes the preferred order too; its types predate that.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': header } }) as unknown as {
    encoding(available: string[], preferred: string[]): string | undefined;
  };
  const chosen = negotiator.encoding(['br', 'gzip', 'deflate', 'identity'], ['br', 'gzip']);
  return chosen === 'br' || chosen === 'gzip' || chosen === 'identity' ? chosen : undefined;
}

/** The cache key of a request whose page may come from the cache, or undefined when it may not. */
export function searchPageKey(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): string | undefined {
  if (method !== 'GET' || !url) return undefined;
  if (routerHeaders.some((name) => headers[name] !== undefined)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://localhost');
  } catch {
    return undefined;
  }
  if (parsed.pathname !== paths.search && parsed.pathname !== esPaths.search) return undefined;
  // Only `q`, once: anything else (Next's _rsc, a second q) goes to Next as it is.
  const names = [...parsed.searchParams.keys()];
  if (names.length > 1 || (names.length === 1 && names[0] !== 'q')) return undefined;
  const encoding = cacheableEncoding(headers['accept-encoding']);
  if (!encoding) return undefined;
  return `${encoding} ${parsed.pathname} ${readQuery(parsed.searchParams.get('q'))}`;
}

/** Copies what Next writes to `response`, and hands the whole page over once it is sent. */
function capture(response: ServerResponse, done: (body: Buffer) => void) {
  const chunks: Buffer[] = [];
  let size = 0;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) return;
    const buffer =
      typeof chunk === 'string'
        ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
        : Buffer.from(chunk);
    size += buffer.length;
    if (size <= maxBodyBytes) chunks.push(buffer);
  };
  const write = response.write;
  const end = response.end;
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
  response.once('finish', () => {
    if (size <= maxBodyBytes) done(Buffer.concat(chunks));
  });
}

export class SearchPageCache {
  private readonly pages: QueryCache<CachedPage>;

  constructor(size = 200) {
    this.pages = new QueryCache<CachedPage>(size);
  }

  /**
   * Sends the cached page and returns true; or, for a page that may be kept, arranges to keep it
   * once Next has sent it, and returns false (Next then answers the request as usual).
   */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    const key = searchPageKey(request.method, request.url, request.headers);
    if (!key) return false;
    const page = this.pages.peek(key);
    if (page) {
      response.writeHead(200, { ...page.headers, 'content-length': page.body.length });
      response.end(page.body);
      return true;
    }
    response.setHeader(searchCacheHeader, 'miss');
    const encoding = key.slice(0, key.indexOf(' ')) as Encoding;
    capture(response, (body) => {
      const sentEncoding = response.getHeader('content-encoding') ?? 'identity';
      // Only a whole, ordinary page, in the encoding the key promises.
      if (response.statusCode !== 200 || response.getHeader('set-cookie')) return;
      if (sentEncoding !== encoding) return;
      // A search that found nothing is rendered each time, so each one is counted (lib/search-gaps).
      const pathEnd = key.indexOf(' ', encoding.length + 1);
      if (isUnansweredPage(key.slice(encoding.length + 1, pathEnd), key.slice(pathEnd + 1))) return;
      const headers = { ...response.getHeaders(), [searchCacheHeader]: 'hit' };
      delete headers['transfer-encoding'];
      delete headers['content-length'];
      delete headers.connection;
      this.pages.set(key, { headers, body });
    });
    return false;
  }

  get size(): number {
    return this.pages.count;
  }
}
