import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchSite } from '@/lib/search';

interface Question {
  q: string;
  /** Slugs (articles or pages), any of which counts as the right answer. */
  expect: string;
}

const questions = JSON.parse(
  fs.readFileSync('tests/fixtures/search-questions.json', 'utf8'),
) as Question[];

/** The article or page a result belongs to: `/articles/x#y` → x, `/faq#q` → the owning article. */
function slugOf(url: string, parentSlugs: Map<string, string>): string {
  if (url.startsWith('/faq#')) return parentSlugs.get(url) ?? url;
  return url.replace(/^\/(articles\/)?/, '').split('#')[0]!;
}

describe('search relevance on real reader questions', () => {
  it('finds the right page in the top 3 for at least 90% of questions', async () => {
    const { getAllArticles } = await import('@/lib/content');
    const parents = new Map(
      getAllArticles().flatMap((a) =>
        a.faqs.map((f) => [`/faq#${f.id}`, a.slug] as [string, string]),
      ),
    );
    const misses = questions.filter(({ q, expect: wanted }) => {
      const top = searchSite(q, 3).map((r) => slugOf(r.url, parents));
      return !wanted.split('|').some((slug) => top.includes(slug));
    });
    expect(questions.length).toBeGreaterThanOrEqual(25);
    const hitRate = 1 - misses.length / questions.length;
    expect(
      hitRate,
      `missed: ${misses
        .map(
          (m) =>
            `"${m.q}" → ${searchSite(m.q, 3)
              .map((r) => r.url)
              .join(', ')}`,
        )
        .join('; ')}`,
    ).toBeGreaterThanOrEqual(0.9);
  });

  it('tolerates typos and word forms', () => {
    expect(searchSite('insurence', 3).length).toBeGreaterThan(0);
    expect(searchSite('costs', 5).map((r) => r.url)).toEqual(
      searchSite('cost', 5).map((r) => r.url),
    );
  });

  it('marks matched words and their synonyms in snippets', () => {
    for (const result of searchSite('insurance', 5)) {
      const marked = result.snippetParts.filter((p) => p.match).map((p) => p.text.toLowerCase());
      expect(marked.length, result.url).toBeGreaterThan(0);
      expect(
        marked.every((w) => /insur|cover|plan/.test(w)),
        marked.join(','),
      ).toBe(true);
    }
  });

  it('finds nothing for stop words alone', () => {
    expect(searchSite('the and of', 5)).toEqual([]);
  });
});
