import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getAllArticles } from '@/lib/content';
import type { Lang } from '@/lib/i18n/lang';
import { searchResultsPage, searchSite } from '@/lib/search';
import { queryWords } from '@/lib/search/query-words';
import { pathsFor } from '@/lib/urls';

interface Question {
  q: string;
  /**
   * Slugs (articles or pages), any of which counts as the right answer in the first three results
   * a reader sees; "none" is right when nothing is found (an honest "no results" rather than a
   * guess), so "none|slug" is right either way (the slug names a page still being written).
   */
  expect: string;
  /** The query reads as a crisis (the crisis box comes first); every other question must not. */
  crisis?: boolean;
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

  it('finds the right page in the top 3 for at least 90% of questions, and every crisis', () => {
    const top3 = (q: string) => searchResultsPage(q, { lang, perPage: 3 });
    const misses = questions.filter(({ q, expect: wanted, crisis = false }) => {
      const found = top3(q);
      if (found.crisis.length > 0 !== crisis) return true;
      const top = found.groups.map((g) => slugOf(g.lead.url, lang));
      return !wanted
        .split('|')
        .some((slug) => (slug === 'none' ? found.total === 0 : top.includes(slug)));
    });
    expect(questions.length).toBeGreaterThanOrEqual(25);
    const hits = questions.length - misses.length;
    const hitRate = hits / questions.length;
    console.log(
      `search relevance (${lang}): ${hits}/${questions.length} = ${(hitRate * 100).toFixed(1)}% in the top 3`,
    );
    const describeMiss = (m: Question) => {
      const found = top3(m.q);
      return `"${m.q}" → ${found.groups.map((g) => g.lead.url).join(', ') || 'nothing'}${found.crisis.length ? ` (crisis: ${found.crisis})` : ''}`;
    };
    expect(hitRate, `missed: ${misses.map(describeMiss).join('; ')}`).toBeGreaterThanOrEqual(0.9);
    // A crisis must never be missed, nor a question read as one.
    const crisisMisses = questions.filter(
      ({ q, crisis = false }) => top3(q).crisis.length > 0 !== crisis,
    );
    expect(crisisMisses.map(describeMiss)).toEqual([]);
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

  it('marks only the words the reader typed, in any of their forms, never a synonym', () => {
    const results = searchSite('insurance', { limit: 5 });
    for (const result of results) {
      const marked = result.snippetParts.filter((p) => p.match).map((p) => p.text.toLowerCase());
      expect(
        marked.every((w) => /^insur/.test(w)),
        marked.join(','),
      ).toBe(true);
    }
    expect(results.some((r) => r.snippetParts.some((p) => p.match))).toBe(true);
    const costs = searchSite('costs', { limit: 5 }).flatMap((r) =>
      r.snippetParts.filter((p) => p.match).map((p) => p.text.toLowerCase()),
    );
    expect(costs.length).toBeGreaterThan(0);
    expect(
      costs.every((w) => /^cost/.test(w)),
      costs.join(','),
    ).toBe(true);
  });

  it('makes snippets of whole sentences: no list or table debris', () => {
    const snippets = [
      ...searchSite('pen ready insurer', { limit: 10 }),
      ...searchSite('nida notes cost', { limit: 10 }),
    ].map((r) => r.snippet);
    expect(snippets.length).toBeGreaterThan(0);
    for (const snippet of snippets) {
      expect(snippet, snippet).not.toMatch(/ [-|] | \.|\*\*/);
    }
    const pen = searchSite('pen', { limit: 5 }).find((r) =>
      r.url.startsWith('/articles/iop-cost-and-insurance'),
    )!.snippet;
    expect(pen).toMatch(/^[A-Z]/); // starts a sentence, not mid-way
    expect(pen).toContain('Have a pen ready. Coverage. Does my plan');
  });

  it('groups hits under their article: never more than 3 of the first 8 from one', () => {
    for (const q of ['insurance', 'cost', 'family', 'work', 'alcohol withdrawal']) {
      const top8 = searchSite(q, { limit: 8 });
      const perArticle = new Map<string, number>();
      for (const r of top8) {
        const key = r.parent ?? r.title;
        perArticle.set(key, (perArticle.get(key) ?? 0) + 1);
      }
      expect(Math.max(...perArticle.values()), q).toBeLessThanOrEqual(3);
    }
  });

  it('counts every matching article and pages through them', () => {
    const first = searchResultsPage('treatment', { perPage: 5 });
    expect(first.total).toBeGreaterThan(10);
    expect(first.pageCount).toBe(Math.ceil(first.total / 5));
    const second = searchResultsPage('treatment', { perPage: 5, page: 2 });
    expect(second.page).toBe(2);
    const urls = (p: typeof first) => p.groups.map((g) => g.lead.url);
    expect(urls(second).some((u) => urls(first).includes(u))).toBe(false);
    // A page past the last shows the last.
    expect(searchResultsPage('treatment', { perPage: 5, page: 999 }).page).toBe(first.pageCount);
  });

  it('does not widen filler words: the subject decides', () => {
    const [pills] = queryWords('my 16 year old is taking pills', 'en').filter((w) => !w.filler);
    expect(queryWords('taking', 'en')[0]).toMatchObject({ terms: ['take'], filler: true });
    expect(pills!.terms).toContain('teen'); // "16 year old" is a teenager
    const teens = searchResultsPage('my 16 year old is taking pills', { perPage: 3 });
    expect(teens.groups[0]!.lead.url).toBe('/articles/iop-for-teens');
    // Filler alone beside a subject finds nothing the subject does not.
    expect(searchSite('want take xyzzyq').length).toBe(0);
  });

  it('lists FAQ questions whose own words match before answer-only matches', () => {
    const faqs = searchSite('insurance', { type: 'faq', limit: 60 });
    const firstAnswerOnly = faqs.findIndex((r) => !r.inTitle);
    expect(faqs[0]!.inTitle).toBe(true);
    expect(faqs.slice(firstAnswerOnly).every((r) => !r.inTitle)).toBe(true);
    expect(faqs[0]!.titleParts.some((p) => p.match && /insurance/i.test(p.text))).toBe(true);
  });

  it('finds nothing for stop words alone', () => {
    expect(searchSite('the and of', { limit: 5 })).toEqual([]);
  });

  it('answers a crisis with crisis help, not with pages that share its words', () => {
    const page = searchResultsPage('i want to die', {});
    expect(page.crisis).toEqual(['suicide']);
    // Pages that now carry crisis help (the teen page's "worried tonight" part) may follow; the
    // helpline leads, and no page that merely shares "want" or "die" comes first.
    const urls = page.groups.map((g) => g.lead.url);
    expect(urls.slice(0, 2)).toContain('/helpline');
    expect(urls[0]).not.toBe('/articles/iop-for-teens');
    expect(searchResultsPage('cost of iop', {}).crisis).toEqual([]);
  });
});
