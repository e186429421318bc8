/**
 * Search pages that found nothing, so server.ts's page cache does not keep them: each such search
 * must reach Next, which counts it (components/search/count-unanswered.tsx). The page renders in
 * Next's bundle and the cache runs in server.ts's, two copies of this module in one process: the
 * set lives on a process-wide symbol, as the rate limiters do. It holds what any search of the
 * build's index would tell (a query with no results), nothing about who searched.
 */
const registry = Symbol.for('iop-guide.unanswered-search-pages');
type Holder = { [registry]?: Set<string> };

/** The most pages remembered; the oldest go first (a forgotten one is cached once, then found again). */
const maxPages = 2000;

const pages = () => ((globalThis as Holder)[registry] ??= new Set());
const keyOf = (pathname: string, query: string) => `${pathname} ${query}`;

/** Marks the search page at this path for this query (as readQuery reads it) as finding nothing. */
export function markUnansweredPage(pathname: string, query: string): void {
  const set = pages();
  const key = keyOf(pathname, query);
  set.delete(key);
  set.add(key);
  if (set.size > maxPages) set.delete(set.values().next().value!);
}

/** Whether the search page at this path for this query found nothing when it was rendered. */
export function isUnansweredPage(pathname: string, query: string): boolean {
  return pages().has(keyOf(pathname, query));
}
