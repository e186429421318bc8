import http from 'node:http';
import type { AddressInfo } from 'node:net';
import compression from 'compression';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AfterPaintScripts,
  afterPaintLoader,
  rewriteHtmlAnswer,
} from '@/lib/server/after-paint-scripts';

/** What Next writes for a page, trimmed to the parts the rewriting cares about. */
const page =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<meta name="viewport" content="width=device-width, initial-scale=1"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/boot.js"/>' +
  '<script src="/_next/static/chunks/main.js" async=""></script>' +
  '<script src="/_next/static/chunks/turbopack-x.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<title>Costs – café</title></head><body><main><h1>Costs</h1><p>Año: 2026</p></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>' +
  '<script src="/_next/static/chunks/boot.js" async=""></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([1,"<p>x</p>"])</script>' +
  '</body></html>';

const expected =
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  afterPaintLoader +
  '<meta name="viewport" content="width=device-width, initial-scale=1"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>' +
  '<script type="text/x-after-paint" data-after-paint="/_next/static/chunks/main.js"></script>' +
  '<script type="text/x-after-paint" data-after-paint="/_next/static/chunks/turbopack-x.js"></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<title>Costs – café</title></head><body><main><h1>Costs</h1><p>Año: 2026</p></main>' +
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>' +
  '<script type="text/x-after-paint" data-after-paint="/_next/static/chunks/boot.js"></script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([1,"<p>x</p>"])</script>' +
  '</body></html>';

/** Rewrites `html` fed in pieces of `size` bytes (so characters are cut too). */
function rewriteInPieces(html: string, size: number): string {
  const bytes = Buffer.from(html);
  const rewriter = new AfterPaintScripts();
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) {
    out.push(rewriter.push(bytes.subarray(at, at + size)));
  }
  out.push(rewriter.end());
  return Buffer.concat(out).toString();
}

describe('the framework scripts wait for the first paint', () => {
  it('turns chunk scripts into inert markers, drops chunk preloads and adds the loader once', () => {
    expect(rewriteInPieces(page, page.length)).toBe(expected);
  });

  it('gives the same page however the bytes are cut', () => {
    for (const size of [1, 2, 7, 13, 64, 333]) expect(rewriteInPieces(page, size)).toBe(expected);
  });

  it('leaves a look-alike that is not a whole chunk tag as it is', () => {
    const odd =
      '<head><header></header><script src="/_next/static/a.js" async="" data-x=""></script>' +
      '<script src="/_next/static/b.js" defer=""></script></head>';
    expect(rewriteInPieces(odd, 3)).toBe(`<head>${afterPaintLoader}${odd.slice('<head>'.length)}`);
  });

  it('holds back no more than an unfinished tag, and strings are taken too', () => {
    const rewriter = new AfterPaintScripts();
    expect(rewriter.push('<html><head><meta charSet="utf-8"/><title>A').toString()).toBe(
      `<html><head><meta charSet="utf-8"/>${afterPaintLoader}<title>A`,
    );
    expect(rewriter.push('</title><script src="/_next/st').toString()).toBe('</title>');
    expect(rewriter.push('atic/x.js" async=""></script>').toString()).toBe(
      '<script type="text/x-after-paint" data-after-paint="/_next/static/x.js"></script>',
    );
    expect(rewriter.end().toString()).toBe('');
  });

  it('changes nothing in a document without a head (no loader, so no script is disarmed)', () => {
    const fragment = '<p>hi</p><script src="/_next/static/chunks/main.js" async=""></script>';
    expect(rewriteInPieces(fragment, 5)).toBe(fragment);
  });

  it('leaves scripts from anywhere but /_next/static alone', () => {
    const other = '<head><script src="/other.js" async=""></script></head>';
    expect(rewriteInPieces(other, other.length)).toBe(
      `<head>${afterPaintLoader}<script src="/other.js" async=""></script></head>`,
    );
  });
});

describe('HTML answers through compression, over real HTTP', () => {
  let server: http.Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  /** A server like server.ts: compression, then the rewriting, then a stand-in for Next. */
  async function start(answer: (response: http.ServerResponse) => void) {
    const compress = compression() as unknown as (
      request: http.IncomingMessage,
      response: http.ServerResponse,
      next: () => void,
    ) => void;
    server = http.createServer((request, response) =>
      compress(request, response, () => {
        rewriteHtmlAnswer(response);
        answer(response);
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return async (encoding: string) => {
      const response = await fetch(base, { headers: { 'accept-encoding': encoding } });
      return {
        encoding: response.headers.get('content-encoding'),
        length: response.headers.get('content-length'),
        body: await response.text(),
      };
    };
  }

  /** Bytes cut inside a two-byte character, as a stream may cut them. */
  const bytes = Buffer.from(page);
  const cutInCharacter = bytes.indexOf(Buffer.from('é')) + 1;

  it('rewrites a prerendered page sent whole, with its new Content-Length', async () => {
    const get = await start((response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('content-length', bytes.length);
      response.end(bytes);
    });
    for (const encoding of ['identity', 'gzip', 'br']) {
      const answer = await get(encoding);
      expect(answer.body).toBe(expected);
      expect(answer.encoding).toBe(encoding === 'identity' ? null : encoding);
      // The new length, where the page goes uncompressed (the old one would cut it short).
      expect(answer.length).toBe(
        encoding === 'identity' ? String(Buffer.byteLength(expected)) : null,
      );
    }
  });

  it('rewrites a streamed page that flushes its headers first, cut inside a character', async () => {
    const get = await start((response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.flushHeaders();
      response.write(bytes.subarray(0, 90));
      response.write(bytes.subarray(90, cutInCharacter));
      response.write(bytes.subarray(cutInCharacter));
      response.end();
    });
    expect((await get('gzip')).body).toBe(expected);
    expect((await get('identity')).body).toBe(expected);
  });

  it('passes anything but HTML through as it was written', async () => {
    const json = JSON.stringify({ html: page });
    const get = await start((response) => {
      response.setHeader('content-type', 'application/json');
      response.end(json);
    });
    expect((await get('gzip')).body).toBe(json);
  });
});
