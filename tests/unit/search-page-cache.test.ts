import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cacheableEncoding,
  SearchPageCache,
  searchCacheHeader,
  searchPageKey,
} from '@/lib/server/search-page-cache';

describe('which requests the search page cache answers', () => {
  const key = (url: string, headers: http.IncomingHttpHeaders = {}, method = 'GET') =>
    searchPageKey(method, url, headers);

  it('keys by edition, the query as the page reads it, and encoding', () => {
    expect(key('/search?q=cost')).toBe('identity /search cost');
    expect(key('/search?q=%20%20cost%20')).toBe('identity /search cost');
    expect(key('/es/buscar?q=costo', { 'accept-encoding': 'gzip, deflate' })).toBe(
      'gzip /es/buscar costo',
    );
    expect(key('/es/buscar?q=costo', { 'accept-encoding': 'gzip, deflate, br, zstd' })).toBe(
      'br /es/buscar costo',
    );
    expect(key('/search')).toBe('identity /search ');
    expect(key(`/search?q=${'a'.repeat(300)}`)).toBe(`identity /search ${'a'.repeat(200)}`);
  });

  it('leaves other pages, methods, router requests and extra parameters to Next', () => {
    expect(key('/faq?q=cost')).toBeUndefined();
    expect(key('/search?q=cost', {}, 'HEAD')).toBeUndefined();
    expect(key('/search?q=cost', {}, 'POST')).toBeUndefined();
    expect(key('/search?q=cost', { rsc: '1' })).toBeUndefined();
    expect(key('/search?q=cost&_rsc=abc')).toBeUndefined();
    expect(key('/search?q=cost&q=fees')).toBeUndefined();
    expect(key('/search?q=cost', { 'accept-encoding': 'deflate' })).toBeUndefined();
  });

  it('reads Accept-Encoding as the compression middleware does, q-values included', () => {
    expect(cacheableEncoding(undefined)).toBe('identity');
    expect(cacheableEncoding('identity')).toBe('identity');
    expect(cacheableEncoding('gzip, br')).toBe('br');
    expect(cacheableEncoding('gzip;q=0.8, br')).toBe('br');
    expect(cacheableEncoding('gzip, br;q=0.5')).toBe('gzip');
    expect(cacheableEncoding('gzip;q=0, identity')).toBe('identity');
    expect(cacheableEncoding('deflate')).toBeUndefined();
  });
});

describe('the search page cache, over real HTTP', () => {
  let server: http.Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  /** A server like server.ts: the cache first, then a stand-in for Next that counts its renders. */
  async function start(render: (url: URL, response: http.ServerResponse) => void, size = 10) {
    const cache = new SearchPageCache(size);
    let renders = 0;
    server = http.createServer((request, response) => {
      if (cache.answer(request, response)) return;
      renders += 1;
      render(new URL(request.url!, 'http://localhost'), response);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (url: string, headers: Record<string, string> = {}) => {
      // fetch offers gzip unless told otherwise
      const response = await fetch(base + url, {
        redirect: 'manual',
        headers: { 'accept-encoding': 'identity', ...headers },
      });
      return {
        status: response.status,
        cache: response.headers.get(searchCacheHeader),
        body: await response.text(),
      };
    };
    return { get, renders: () => renders, cache };
  }

  /** Writes the page in pieces, as a streamed render does. */
  const streamed = (url: URL, response: http.ServerResponse) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.write('<p>results for ');
    response.write(Buffer.from(url.searchParams.get('q') ?? ''));
    response.end('</p>');
  };

  it('renders a query once and sends the same page again from memory', async () => {
    const { get, renders } = await start(streamed);
    expect(await get('/search?q=cost')).toEqual({
      status: 200,
      cache: 'miss',
      body: '<p>results for cost</p>',
    });
    expect(await get('/search?q=cost')).toEqual({
      status: 200,
      cache: 'hit',
      body: '<p>results for cost</p>',
    });
    expect(await get('/search?q=fees')).toMatchObject({
      cache: 'miss',
      body: '<p>results for fees</p>',
    });
    expect(renders()).toBe(2);
  });

  it('keeps a gzip page for gzip clients only', async () => {
    const { get, renders } = await start((url, response) => {
      response.setHeader('content-encoding', 'gzip');
      response.end(gzipSync(`<p>${url.searchParams.get('q')}</p>`));
    });
    const gzip = { 'accept-encoding': 'gzip' };
    expect(await get('/search?q=cost', gzip)).toMatchObject({ cache: 'miss', body: '<p>cost</p>' });
    expect(await get('/search?q=cost', gzip)).toMatchObject({ cache: 'hit', body: '<p>cost</p>' });
    // A client that takes no gzip never gets the gzip page: the stand-in answered gzip, so its
    // answer is not kept for the identity key either.
    const identity = { 'accept-encoding': 'identity' };
    await get('/search?q=cost', identity);
    expect(await get('/search?q=cost', identity)).toMatchObject({ cache: 'miss' });
    expect(renders()).toBe(3);
  });

  it('never keeps an error, a redirect or a page that sets a cookie', async () => {
    const { get, renders } = await start((url, response) => {
      const q = url.searchParams.get('q');
      if (q === 'error') response.writeHead(500).end('oops');
      else if (q === 'moved') response.writeHead(303, { location: '/' }).end();
      else response.setHeader('set-cookie', 'a=b').end('page');
    });
    for (const q of ['error', 'moved', 'cookie']) {
      await get(`/search?q=${q}`);
      expect((await get(`/search?q=${q}`)).cache).toBe('miss');
    }
    expect(renders()).toBe(6);
  });

  it('holds at most its size, dropping the least recently used page', async () => {
    const { get, renders, cache } = await start(streamed, 2);
    await get('/search?q=a');
    await get('/search?q=b');
    await get('/search?q=a'); // hit: a is now the most recent
    await get('/search?q=c'); // b goes
    expect(cache.size).toBe(2);
    expect((await get('/search?q=a')).cache).toBe('hit');
    expect((await get('/search?q=b')).cache).toBe('miss');
    expect(renders()).toBe(4);
  });
});
