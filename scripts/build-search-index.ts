/**
 * `npm run search:index` (run by `npm run build`, after `next build`): builds each edition's search
 * index from the content once and writes it into Next's build folder (`.next/search-index/<lang>.json`,
 * or under `NEXT_DIST_DIR`), where production servers load it instead of reading `content/`.
 */
import { langs } from '../lib/i18n/lang';
import { writeBuiltIndex } from '../lib/search/built-index';
import { searchSource } from '../lib/search';

for (const lang of langs) {
  const { file, documents, bytes } = writeBuiltIndex(searchSource(lang), lang);
  console.log(`search index (${lang}): ${documents} documents, ${bytes} bytes → ${file}`);
}
