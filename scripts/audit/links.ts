import type { Page } from '@playwright/test';

/** Every link target on a page (resolved), including GET form actions. */
export async function collectLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[
      ...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]'),
    ].map((a) => a.href),
    ...[...document.querySelectorAll<HTMLFormElement>('form[action]')]
      .filter((f) => f.method.toLowerCase() === 'get')
      .map((f) => f.action),
  ]);
}

const idPattern = /\s(?:id|name)=(?:"([^"]*)"|'([^']*)')/g;

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Checks every internal link of every page: the target answers 200 and, for `#anchor` links, has an
 * element with that id. `origins` are the origins that count as this site (the server under test and
 * the configured SITE_URL); `expectedStatus` names pages that rightly answer otherwise (the 404 page's
 * own skip link). Returns problems per page path.
 */
export async function checkLinks(
  linksByPage: Map<string, string[]>,
  base: string,
  origins: string[],
  expectedStatus: Map<string, number> = new Map(),
): Promise<{ problems: Map<string, string[]>; checked: number }> {
  const targets = new Map<string, Promise<{ status: number; ids: Set<string> }>>();
  const fetchTarget = (pathAndQuery: string) => {
    let pending = targets.get(pathAndQuery);
    if (!pending) {
      pending = (async () => {
        const response = await fetch(base + pathAndQuery, { redirect: 'follow' });
        const type = response.headers.get('content-type') ?? '';
        const text = type.includes('html') ? await response.text() : '';
        const ids = new Set(
          [...text.matchAll(idPattern)].map((m) => decodeEntities(m[1] ?? m[2]!)),
        );
        return { status: response.status, ids };
      })();
      targets.set(pathAndQuery, pending);
    }
    return pending;
  };

  const problems = new Map<string, string[]>();
  await Promise.all(
    [...linksByPage].map(async ([pagePath, links]) => {
      const found: string[] = [];
      for (const href of new Set(links)) {
        const url = new URL(href);
        if (!['http:', 'https:'].includes(url.protocol) || !origins.includes(url.origin)) continue;
        const target = url.pathname + url.search;
        const { status, ids } = await fetchTarget(target);
        const shown = target + url.hash;
        if (status !== (expectedStatus.get(target) ?? 200))
          found.push(`${shown} answers ${status}`);
        else if (url.hash === '#') found.push(`${pagePath} links to a bare "#"`);
        else if (url.hash && url.hash !== '#top') {
          const id = decodeURIComponent(url.hash.slice(1));
          if (!ids.has(id)) found.push(`${shown}: no element with id "${id}"`);
        }
      }
      problems.set(pagePath, found);
    }),
  );
  return { problems, checked: targets.size };
}
