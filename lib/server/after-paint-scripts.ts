import type { ServerResponse } from 'node:http';

/**
 * The framework's scripts are fetched and run after the page's first paint. Next writes each of its
 * chunks as `<script src async>` (and preloads one): the browser downloads them beside the page and
 * its stylesheet, on a phone's network at the cost of the text's own download, and runs each the
 * moment it arrives, so React and Next (about 170 KB gzip) could be compiled and run before the
 * reader saw a word. The pages are whole without JavaScript (plain links and forms); what the
 * scripts add (the feedback widget's in-page answers, the FAQ filter, the helpline tap count, the
 * Exit button's shortcut) can come a moment after the text.
 *
 * server.ts passes every HTML answer through `AfterPaintScripts`:
 * - each `<script src="/_next/static/…" async="">` becomes an inert
 *   `<script type="text/x-after-paint" data-after-paint="…">`, which the browser neither fetches nor
 *   runs, and Next's `<link rel="preload" as="script">` for a chunk is dropped;
 * - a small inline loader, first in `<head>` after the charset, adds the chunks as async scripts
 *   once the first contentful paint is reported and the document is parsed (at once where the
 *   browser has no paint timing or the page is hidden, and after 3 s whatever happens).
 * Chunks are async scripts in any case, so their order never mattered. Inline scripts (Next's
 * flight data), `noModule` and every other element pass unchanged. Text may arrive cut anywhere:
 * an unfinished tag is held back until its end arrives.
 */

const loaderMarker = 'data-after-paint-loader';

/** The loader, as sent (old syntax on purpose: it must run wherever the page is opened). */
export const afterPaintLoader =
  `<script ${loaderMarker}="">(function(){var d=document,p=0,r=0,s=0;` +
  'function go(){if(s||!p||!r)return;s=1;var l=d.querySelectorAll("script[data-after-paint]");' +
  'for(var i=0;i<l.length;i++){var e=d.createElement("script");e.src=l[i].getAttribute("data-after-paint");' +
  'e.async=true;d.head.appendChild(e)}}' +
  'function painted(){p=1;go()}function parsed(){r=1;go()}' +
  'if(d.readyState!=="loading")r=1;else d.addEventListener("DOMContentLoaded",parsed);' +
  'try{if(d.visibilityState==="hidden"||PerformanceObserver.supportedEntryTypes.indexOf("paint")<0)throw 0;' +
  'new PerformanceObserver(function(list,o){if(list.getEntriesByName("first-contentful-paint").length){o.disconnect();painted()}})' +
  '.observe({type:"paint",buffered:true})}catch(x){p=1}' +
  'setTimeout(function(){p=1;r=1;go()},3000);go()})()</script>';

// Every piece searched for or sent is made into bytes once, not per page.
const ascii = (text: string) => Buffer.from(text, 'latin1');
const charsetTag = ascii('<meta charSet="utf-8"/>');
const staticPath = '/_next/static/';
const scriptStart = ascii(`<script src="${staticPath}`);
const scriptEnd = ascii('" async=""></script>');
const preloadStart = ascii(
  `<link rel="preload" as="script" fetchPriority="low" href="${staticPath}`,
);
const preloadEnd = ascii('"/>');
const markerStart = ascii('<script type="text/x-after-paint" data-after-paint="');
const markerEnd = ascii('"></script>');
const loader = Buffer.from(afterPaintLoader);
const quote = 0x22;

/** Where `<head>` (or `<head …>`) in `html` ends, if it is there whole. */
function headEnd(html: Buffer): number | undefined {
  for (let at = html.indexOf('<head'); at !== -1; at = html.indexOf('<head', at + 1)) {
    const next = html[at + 5];
    if (next === undefined) return undefined;
    if (next !== 0x3e && next !== 0x20 && next !== 0x0a && next !== 0x09) continue; // <header…
    const close = html.indexOf('>', at);
    return close === -1 ? undefined : close + 1;
  }
  return undefined;
}

/**
 * Rewrites HTML that arrives in pieces; `push` and `end` return what may be sent so far. It works
 * on bytes (every pattern is ASCII), so text is never decoded and a character cut between two
 * pieces needs no care; a page is searched with Buffer.indexOf, not a regular expression: on a
 * 68 KB article the whole rewrite takes about 50 µs, where decoding the text alone took 150.
 */
export class AfterPaintScripts {
  private held: Buffer = Buffer.alloc(0);
  private loaderSent = false;

  push(piece: Uint8Array | string): Buffer {
    const bytes =
      typeof piece === 'string'
        ? Buffer.from(piece)
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    const all = this.held.length ? Buffer.concat([this.held, bytes]) : bytes;
    const cut = this.safeEnd(all);
    // A copy: the caller may reuse its buffer once write returns.
    this.held = Buffer.from(all.subarray(cut));
    return this.rewrite(all.subarray(0, cut));
  }

  end(): Buffer {
    const rest = this.held;
    this.held = Buffer.alloc(0);
    return this.rewrite(rest);
  }

  /**
   * Where the bytes may be cut: before an unfinished `<script …>…</script>` or an unfinished tag,
   * and, until the loader is in, before a `<head>` whose next tag (the charset) has not arrived.
   */
  private safeEnd(html: Buffer): number {
    if (!this.loaderSent) {
      const head = html.lastIndexOf('<head');
      if (head !== -1) {
        const end = headEnd(html.subarray(head));
        if (end === undefined || html.length - (head + end) < charsetTag.length) return head;
      }
    }
    const script = html.lastIndexOf('<script');
    if (script !== -1 && html.indexOf('</script>', script) === -1) return script;
    const tag = html.lastIndexOf('<');
    if (tag !== -1 && html.indexOf('>', tag) === -1) return tag;
    return html.length;
  }

  private rewrite(html: Buffer): Buffer {
    const parts: Buffer[] = [];
    let from = 0;
    if (!this.loaderSent) {
      // The loader goes in first: no script is disarmed unless it is there to start it.
      const afterHead = headEnd(html);
      if (afterHead === undefined) return html;
      this.loaderSent = true;
      from = afterHead;
      // After the charset, which must come within the first 1,024 bytes.
      if (html.subarray(from, from + charsetTag.length).equals(charsetTag)) {
        from += charsetTag.length;
      }
      parts.push(html.subarray(0, from), loader);
    }
    let script = html.indexOf(scriptStart, from);
    let preload = html.indexOf(preloadStart, from);
    while (script !== -1 || preload !== -1) {
      const isScript = preload === -1 || (script !== -1 && script < preload);
      const at = isScript ? script : preload;
      const srcStart =
        at + (isScript ? scriptStart.length : preloadStart.length) - staticPath.length;
      const srcEnd = html.indexOf(quote, srcStart);
      const tail = isScript ? scriptEnd : preloadEnd;
      const whole = srcEnd !== -1 && html.subarray(srcEnd, srcEnd + tail.length).equals(tail);
      if (whole) {
        parts.push(html.subarray(from, at));
        // A chunk's script becomes an inert marker; Next's preload of a chunk goes.
        if (isScript) parts.push(markerStart, html.subarray(srcStart, srcEnd), markerEnd);
        from = srcEnd + tail.length;
      }
      const next = whole ? from : at + 1;
      if (script !== -1 && script < next) script = html.indexOf(scriptStart, next);
      if (preload !== -1 && preload < next) preload = html.indexOf(preloadStart, next);
    }
    if (parts.length === 0) return html;
    parts.push(html.subarray(from));
    return Buffer.concat(parts);
  }
}

/**
 * Passes the HTML that Next writes to `response` through AfterPaintScripts. Installed after the
 * compression middleware, so the rewriting sees plain text. Anything but an HTML answer whose
 * headers are still unsent when it starts (so its Content-Length can be dropped) passes untouched.
 */
export function rewriteHtmlAnswer(response: ServerResponse): void {
  const write = response.write as (...args: unknown[]) => boolean;
  const end = response.end as (...args: unknown[]) => ServerResponse;
  let rewriter: AfterPaintScripts | null | undefined;
  const decide = () => {
    if (rewriter !== undefined) return rewriter;
    const type = String(response.getHeader('content-type') ?? '');
    rewriter =
      !response.headersSent && type.startsWith('text/html') ? new AfterPaintScripts() : null;
    if (rewriter) response.removeHeader('content-length');
    return rewriter;
  };
  const bytesOf = (chunk: unknown, encoding: unknown): Uint8Array | string | undefined =>
    typeof chunk === 'string'
      ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
      : chunk instanceof Uint8Array
        ? chunk
        : undefined;
  // A streamed page (Next's pipe) flushes its headers just before its first write.
  const flushHeaders = response.flushHeaders;
  response.flushHeaders = function (this: ServerResponse) {
    decide();
    flushHeaders.call(this);
  };
  const callbackIn = (rest: unknown[]) => rest.filter((arg) => typeof arg === 'function');
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    const html = decide();
    const bytes = html ? bytesOf(chunk, rest[0]) : undefined;
    if (!html || bytes === undefined) return write.call(this, chunk, ...rest);
    return write.call(this, html.push(bytes), ...callbackIn(rest));
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    const html = decide();
    if (!html) return end.call(this, chunk, ...rest);
    const bytes = typeof chunk === 'function' ? undefined : bytesOf(chunk, rest[0]);
    const callback = typeof chunk === 'function' ? [chunk] : callbackIn(rest);
    const last = bytes === undefined ? html.end() : Buffer.concat([html.push(bytes), html.end()]);
    // A page sent whole (a prerendered one) gets its new length back, and is not sent chunked;
    // never on an answer without a body (HEAD, 204, 304).
    const bodyless =
      this.req?.method === 'HEAD' || this.statusCode === 204 || this.statusCode === 304;
    if (!this.headersSent && !bodyless) this.setHeader('content-length', last.length);
    return end.call(this, last, ...callback);
  } as typeof response.end;
}
