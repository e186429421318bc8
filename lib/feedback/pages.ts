import fs from 'node:fs';
import { getSitePages } from '../content/site-pages';
import { knownPagesFile, readKnownPagesFile, type KnownPagesFile } from './known-pages';

let loaded: { paths: ReadonlySet<string>; titles: ReadonlyMap<string, string> } | undefined;

/**
 * The pages list: in production the file `npm run build` wrote (scripts/build-known-pages.ts),
 * so a server process never reads content/ for it; in development and tests, straight from the
 * content (edits show at once). A production server without the file (a bare `next build`)
 * warns once and falls back to the content.
 */
function pagesList(): KnownPagesFile['pages'] {
  if (process.env.NODE_ENV === 'production') {
    const file = knownPagesFile();
    if (fs.existsSync(file)) return readKnownPagesFile(file).pages;
    console.warn(`feedback: ${file} is missing (run npm run build); reading content/ instead`);
  }
  return getSitePages().map(({ path, lang, title }) => ({ path, lang, title }));
}

function load() {
  if (!loaded) {
    const pages = pagesList();
    loaded = {
      paths: new Set(pages.map((p) => p.path)),
      titles: new Map(pages.flatMap((p) => (p.title ? [[p.path, p.title] as const] : []))),
    };
  }
  return loaded;
}

/** Every page path feedback may be about (both editions). */
export function knownPages(): ReadonlySet<string> {
  return load().paths;
}

/** The title of an article or trust page for a "back to" link, if it is one. */
export function pageTitle(page: string): string | undefined {
  return load().titles.get(page);
}
