import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../i18n/lang';
import { searchDocuments, type SearchSource } from './documents';
import {
  buildIndex,
  loadIndex,
  serializeIndex,
  type SearchIndex,
  type SerializedIndex,
} from './engine';

/**
 * Where `npm run build` leaves each language's index: inside Next's build folder (`.next`, or
 * `NEXT_DIST_DIR`), so it ships with the build, and `next build` (which empties that folder first)
 * can never leave an index from older content beside a newer build.
 */
export function builtIndexFile(lang: Lang, distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return path.resolve(/*turbopackIgnore: true*/ distDir, 'search-index', `${lang}.json`);
}

/** Builds the index of one edition's content and writes it where the server will look for it. */
export function writeBuiltIndex(source: SearchSource, lang: Lang, file = builtIndexFile(lang)) {
  const index = buildIndex(searchDocuments(source, lang), lang);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(serializeIndex(index)));
  return { file, documents: index.docs.size, bytes: fs.statSync(file).size };
}

/**
 * The index the build wrote for `lang`, or undefined when there is none. A file that is there but
 * not an index for `lang` is an error naming the file (a half-written or foreign file must not
 * quietly serve wrong results).
 */
export function readBuiltIndex(lang: Lang, file = builtIndexFile(lang)): SearchIndex | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: SerializedIndex;
  try {
    data = JSON.parse(text) as SerializedIndex;
  } catch (error) {
    throw new Error(`${file}: not a search index (${(error as Error).message}); run npm run build`);
  }
  if (
    data?.lang !== lang ||
    !Array.isArray(data.docs) ||
    !Array.isArray(data.vocabulary) ||
    !Array.isArray(data.postings) ||
    !Array.isArray(data.fieldLengths)
  )
    throw new Error(
      `${file}: field "lang" must be "${lang}" with docs, vocabulary, postings and fieldLengths; run npm run build`,
    );
  return loadIndex(data);
}
