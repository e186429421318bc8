import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content';
import { builtIndexFile, readBuiltIndex, writeBuiltIndex } from '@/lib/search/built-index';
import { searchDocuments } from '@/lib/search/documents';
import { buildIndex, runQuery } from '@/lib/search/engine';
import { options, treeWith } from './content-tree';

const urls = (index: ReturnType<typeof buildIndex>, q: string) =>
  runQuery(index, q, 10).map((r) => r.url);

function tempFile(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-')), 'en.json');
}

describe('the search index built at build time', () => {
  it('lives in the build folder, one file per language', () => {
    expect(builtIndexFile('es', '.next')).toBe(path.resolve('.next/search-index/es.json'));
  });

  it('answers exactly as an index built from the content', () => {
    const tree = loadContent(path.resolve('content'), { requireClinicalReview: false });
    for (const lang of ['en', 'es'] as const) {
      const source = lang === 'en' ? tree : tree.es;
      const file = tempFile();
      writeBuiltIndex(source, lang, file);
      const built = readBuiltIndex(lang, file)!;
      const fresh = buildIndex(searchDocuments(source, lang), lang);
      // Every title, URL and text comes back (sections are saved as passages of their article).
      expect([...built.docs.values()]).toEqual([...fresh.docs.values()]);
      const queries =
        lang === 'en'
          ? ['cost', 'insurence', 'virtaul iop']
          : ['seguro médico', 'adiccion', 'trabajo'];
      for (const q of queries) {
        const ranked = (index: typeof built) =>
          runQuery(index, q, 10).map((r) => [r.url, r.score, r.text]);
        expect(ranked(built), `${lang}: ${q}`).toEqual(ranked(fresh));
        expect(ranked(built).length, `${lang}: ${q}`).toBeGreaterThan(0);
      }
    }
  }, 120_000); // loads and indexes the whole content: room for a busy machine

  it('follows a content change after a rebuild', () => {
    const file = tempFile();
    const before = loadContent(treeWith({}), options);
    writeBuiltIndex(before, 'en', file);
    expect(urls(readBuiltIndex('en', file)!, 'fellowship')).toEqual([]);

    const changed = treeWith({
      'articles/paying-for-care.mdx': (text) =>
        text.replace(
          '## What it costs',
          '## Fellowship grants\n\nA fellowship may pay.\n\n## What it costs',
        ),
    });
    writeBuiltIndex(loadContent(changed, options), 'en', file);
    expect(urls(readBuiltIndex('en', file)!, 'fellowship')).toContain(
      '/articles/paying-for-care#fellowship-grants',
    );
  });

  it('is absent (undefined) before a build, and a broken or foreign file is an error naming it', () => {
    expect(readBuiltIndex('en', tempFile())).toBeUndefined();
    const broken = tempFile();
    fs.writeFileSync(broken, '{"lang":');
    expect(() => readBuiltIndex('en', broken)).toThrow(
      new RegExp(`${path.basename(broken)}: not a search index`),
    );
    const spanish = tempFile();
    writeBuiltIndex({ articles: [], pages: [] }, 'es', spanish);
    expect(() => readBuiltIndex('en', spanish)).toThrow(/field "lang" must be "en"/);
  });
});
