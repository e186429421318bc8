/**
 * `npm run build` step (after next build): writes <NEXT_DIST_DIR or .next>/known-pages.json, the
 * pages feedback may be about (both editions, with titles), so a running server reads one small
 * file instead of content/. A content change shows after the next build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getSitePages } from '../lib/content/site-pages';
import { knownPagesFile, type KnownPagesFile } from '../lib/feedback/known-pages';

const file = knownPagesFile();
const data: KnownPagesFile = {
  builtAt: new Date().toISOString(),
  pages: getSitePages().map(({ path: page, lang, title }) => ({
    path: page,
    lang,
    ...(title ? { title } : {}),
  })),
};
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(data, null, 1)}\n`);
const spanish = data.pages.filter((p) => p.lang === 'es').length;
console.log(
  `known pages: ${data.pages.length} (${data.pages.length - spanish} English, ${spanish} Spanish) → ${path.relative(process.cwd(), file)}`,
);
