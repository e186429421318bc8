/**
 * Each MDX body is parsed once per process: the loader (getArticle), search, the content check's
 * compile and the page's render all start from the same syntax tree.
 */
import path from 'node:path';
import { prerender } from 'react-dom/static';
import { afterAll, describe, expect, it, vi } from 'vitest';

/** The text of every parse: @mdx-js/mdx processors are the only way text becomes an MDX tree here. */
const parsed = vi.hoisted(() => [] as string[]);

vi.mock('@mdx-js/mdx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@mdx-js/mdx')>();
  return {
    ...actual,
    createProcessor: (...args: Parameters<typeof actual.createProcessor>) => {
      const processor = actual.createProcessor(...args);
      const parse = processor.parse.bind(processor);
      processor.parse = ((file) => {
        parsed.push(String(file));
        return parse(file);
      }) as typeof processor.parse;
      return processor;
    },
  };
});

const fixtures = path.resolve('tests/fixtures/valid');
const env = { ...process.env };
process.env.CONTENT_DIR = fixtures;
process.env.SITE_CONFIG_FILE = path.resolve('tests/fixtures/site-config.json');
afterAll(() => {
  process.env = env;
});

const { getAllArticles, getAllPages, getArticle } = await import('@/lib/content');
const { checkContent } = await import('@/lib/content/check');
const { searchDocuments } = await import('@/lib/search/documents');
const { renderMdx } = await import('@/components/mdx/mdx-content');
const { parseMdx } = await import('@/lib/mdx/parse');

async function html(node: React.ReactNode): Promise<string> {
  const { prelude } = await prerender(node);
  return new Response(prelude).text();
}

describe('one parse per MDX body', () => {
  it('loading, search, the content check and rendering parse each body once', async () => {
    const article = getArticle('first-steps')!;
    expect(article.headings.length).toBeGreaterThan(0);
    const documents = searchDocuments({ articles: getAllArticles(), pages: getAllPages() });
    expect(documents.some((d) => d.url.startsWith(`${article.url}#`))).toBe(true);
    await checkContent(fixtures, {
      today: '2026-11-26',
      homeLists: { startHere: ['first-steps'] },
    });
    const page = await html(
      await renderMdx(article.body, { file: article.file, referenceIds: [] }),
    );
    expect(page).toContain(`id="${article.headings[0]!.id}"`);

    // Every body of the tree (people's too), each once.
    for (const item of [...getAllArticles(), ...getAllPages()]) {
      expect(
        parsed.filter((text) => text === item.body),
        item.file,
      ).toHaveLength(1);
    }
    expect(parsed.length).toBe(new Set(parsed).size);
  });

  it('rendering reads the cached tree, not the text', async () => {
    const body = 'Words the text says.';
    const tree = parseMdx(body);
    const paragraph = tree.children[0] as { children: Array<{ value: string }> };
    paragraph.children[0]!.value = 'Words only the tree has.';
    const page = await html(await renderMdx(body, { file: 'test.mdx' }));
    expect(page).toContain('Words only the tree has.');
    expect(parsed.filter((text) => text === body)).toHaveLength(1);
  });
});
