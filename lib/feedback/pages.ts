import { getAllArticles, getAllPages, getSitePaths } from '../content';

let known: Set<string> | undefined;

/** Every page path feedback may be about (from getSitePaths, read once per process). */
export function knownPages(): ReadonlySet<string> {
  known ??= new Set(getSitePaths());
  return known;
}

/** The title of an article or trust page for a "back to" link, if it is one. */
export function pageTitle(page: string): string | undefined {
  return (
    getAllArticles().find((a) => a.url === page)?.title ??
    getAllPages().find((p) => p.url === page)?.title
  );
}
