import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAllArticles } from '@/lib/content';
import type { Lang } from '@/lib/i18n/lang';
import { searchResultsPage, searchSite } from '@/lib/search';
import { pathsFor } from '@/lib/urls';

interface Question {
  q: string;
  /** Slugs (articles or pages), any of which counts as the right answer. */
  expect: string;
}

const fixtures: Record<Lang, string> = {
  en: 'tests/fixtures/search-questions.json',
  es: 'tests/fixtures/search-questions.es.json',
};

/** The article or page a result belongs to: an article's section → the article, a question → its article. */
function slugOf(url: string, lang: Lang): string {
  const paths = pathsFor(lang);
  const [path, anchor] = url.split('#') as [string, string | undefined];
  if (path === paths.faq) {
    const owner = getAllArticles(lang).find((a) => a.faqs.some((f) => f.id === anchor));
    return owner?.slug ?? url;
  }
  const prefix = paths.article('');
  return path.startsWith(prefix) ? path.slice(prefix.length) : path.slice(paths.page('').length);
}

describe.each(['en', 'es'] as const)('search relevance on real reader questions (%s)', (lang) => {
  const questions = JSON.parse(fs.readFileSync(fixtures[lang], 'utf8')) as Question[];

  it('finds the right page in the top 3 for at least 90% of questions', () => {
    const top3 = (q: string) =>
      searchResultsPage(q, { lang, perPage: 3 }).groups.map((g) => g.lead);
    const misses = questions.filter(({ q, expect: wanted }) => {
      const top = top3(q).map((r) => slugOf(r.url, lang));
      return !wanted.split('|').some((slug) => top.includes(slug));
    });
    expect(questions.length).toBeGreaterThanOrEqual(25);
    const hits = questions.length - misses.length;
    const hitRate = hits / questions.length;
    console.log(
      `search relevance (${lang}): ${hits}/${questions.length} = ${(hitRate * 100).toFixed(1)}% in the top 3`,
    );
    expect(
      hitRate,
      `missed: ${misses
        .map(
          (m) =>
            `"${m.q}" → ${top3(m.q)
              .map((r) => r.url)
              .join(', ')}`,
        )
        .join('; ')}`,
    ).toBeGreaterThanOrEqual(0.9);
    // The first search of an edition loads its content and builds its index: room for a busy machine.
  }, 120_000);
});

describe('search in English', () => {
  it('tolerates typos and word forms', () => {
    expect(searchSite('insurence', { limit: 3 }).length).toBeGreaterThan(0);
    expect(searchSite('costs', { limit: 5 }).map((r) => r.url)).toEqual(
      searchSite('cost', { limit: 5 }).map((r) => r.url),
    );
  });

  it('marks matched words and their synonyms in snippets', () => {
    for (const result of searchSite('insurance', { limit: 5 })) {
      const marked = result.snippetParts.filter((p) => p.match).map((p) => p.text.toLowerCase());
      expect(marked.length, result.url).toBeGreaterThan(0);
      expect(
        marked.every((w) => /insur|cover|plan/.test(w)),
        marked.join(','),
      ).toBe(true);
    }
  });

  it('finds nothing for stop words alone', () => {
    expect(searchSite('the and of', { limit: 5 })).toEqual([]);
  });
});
