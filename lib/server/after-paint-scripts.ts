import type { ServerResponse } from 'node:http';

/**
 * The framework's scripts are fetched and run after the page's first paint. Next writes each of its
 * chunks as `<script src async>` (and preloads one): the browser downloads them beside the page and
 * its stylesheet, on a phone's network at the cost of the text's own download, and runs each the
 * moment it arrives, so React and Next (about 170 KB gzip) could be compiled and run before the
 * reader saw a word. The pages are whole without JavaScript (plain links and forms); what the
 * scripts add (the feedback widget's in-page answer, the FAQ filter, search as you type) can come
 * a moment after the text.
 *
 * server.ts passes every HTML answer through `AfterPaintScripts`:
 * - each `<script src="/_next/static/…" async="">` becomes an inert
 *   `<script type="text/x-after-paint" data-after-paint="…">`, which the browser neither fetches nor
 *   runs, and Next's `<link rel="preload" as="script">` for a chunk is dropped;
 * - a small inline loader, first in `<head>`, adds the chunks as async scripts once the first
 *   contentful paint is reported and the document is parsed (at once where the browser has no paint
 *   timing or the page is hidden, and after 3 s whatever happens).
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

const headTag = /<head(?:\s[^>]*)?>/i;
const charsetTag = '<meta charSet="utf-8"/>';
const chunkScript = /<script src="(\/_next\/static\/[^"<>]+)" async=""><\/script>/g;
const chunkPreload =
  /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"<>]+"\/>/g;

/** Rewrites HTML that arrives in pieces; `push` and `end` return what may be sent so far. */
export class AfterPaintScripts {
  private held = '';
  private loaderSent = false;

  push(text: string): string {
    const all = this.held + text;
    const cut = this.safeEnd(all);
    this.held = all.slice(cut);
    return this.rewrite(all.slice(0, cut));
  }

  end(): string {
    const rest = this.held;
    this.held = '';
    return this.rewrite(rest);
  }

  /**
   * Where the text may be cut: before an unfinished `<script …>…</script>` or an unfinished tag,
   * and, until the loader is in, before a `<head>` whose next tag (the charset) has not arrived.
   */
  private safeEnd(text: string): number {
    if (!this.loaderSent) {
      const head = headTag.exec(text);
      if (head && text.length - (head.index + head[0].length) < charsetTag.length)
        return head.index;
    }
    const script = text.lastIndexOf('<script');
    if (script !== -1 && text.indexOf('</script>', script) === -1) return script;
    const tag = text.lastIndexOf('<');
    if (tag !== -1 && text.indexOf('>', tag) === -1) return tag;
    return text.length;
  }

  private rewrite(text: string): string {
    if (!this.loaderSent) {
      // The loader goes in first: no script is turned into a link unless it is there to undo it.
      const head = headTag.exec(text);
      if (!head) return text;
      this.loaderSent = true;
      let at = head.index + head[0].length;
      // After the charset, which must come within the first 1,024 bytes.
      if (text.startsWith(charsetTag, at)) at += charsetTag.length;
      return text.slice(0, at) + afterPaintLoader + this.rewrite(text.slice(at));
    }
    return text
      .replace(chunkPreload, '')
      .replace(
        chunkScript,
        (_, src: string) => `<script type="text/x-after-paint" data-after-paint="${src}"></script>`,
      );
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
  // A character may be split between two chunks: one streaming decoder for the whole answer.
  const decoder = new TextDecoder('utf-8');
  const decode = (chunk: unknown, last: boolean): string | undefined => {
    if (typeof chunk === 'string') return decoder.decode() + chunk;
    if (chunk instanceof Uint8Array) return decoder.decode(chunk, { stream: !last });
    return last ? decoder.decode() : undefined;
  };
  // A streamed page (Next's pipe) flushes its headers just before its first write.
  const flushHeaders = response.flushHeaders;
  response.flushHeaders = function (this: ServerResponse) {
    decide();
    flushHeaders.call(this);
  };
  const callbackIn = (rest: unknown[]) => rest.filter((arg) => typeof arg === 'function');
  response.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    const html = decide();
    const decoded = html ? decode(chunk, false) : undefined;
    if (!html || decoded === undefined) return write.call(this, chunk, ...rest);
    return write.call(this, html.push(decoded), ...callbackIn(rest));
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    const html = decide();
    if (!html) return end.call(this, chunk, ...rest);
    const last = typeof chunk === 'function' ? decode(undefined, true) : decode(chunk, true);
    const callback = typeof chunk === 'function' ? [chunk] : callbackIn(rest);
    return end.call(this, html.push(last ?? '') + html.end(), ...callback);
  } as typeof response.end;
}
