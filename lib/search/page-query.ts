import { maxQueryLength } from './limits';

/**
 * The query a search page shows and searches for: the first `q`, trimmed, at most
 * `maxQueryLength` characters. The page and the server's page cache both use it, so two URLs that
 * give the same page share one cache entry.
 */
export function readQuery(q: string | string[] | null | undefined): string {
  return ([q].flat()[0] ?? '').trim().slice(0, maxQueryLength);
}

/** The results page a search page shows: the first `page`, a whole number from 1 (else 1). */
export function readPage(page: string | string[] | null | undefined): number {
  const value = Number([page].flat()[0]);
  return Number.isInteger(value) && value >= 1 && value <= 1000 ? value : 1;
}
