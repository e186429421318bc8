import { getAllArticles, getAllPages, getSitePaths } from '../content';

let known: Set<string> | undefined;

/** Every page path feedback may be about (from getSitePaths, read once per process). */
export function knownPages(): ReadonlySet<string> {
  known ??= new Set(getSitePaths());
  return known;
}

/** The title of an article or trust page for a "back to" link, if it is one. */
export function pageTitle(page: string): string | undefined {
  const all = [
    ...getAllArticles(),
    ...getAllPages(),
    ...getAllArticles('es'),
    ...getAllPages('es'),
  ];
  return all.find((item) => item.url === page)?.title;
}
