/**
 * The editors' dashboard from the fixture content and seeded store data: what is due, which
 * Spanish pages are missing or stale, helpfulness trends, and the page as editors (and screen
 * readers) get it: captioned tables with header cells, a sparkline with a text alternative.
 */
import { prerender } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { DashboardView } from '@/components/admin/dashboard-view';
import { loadContent } from '@/lib/content';
import { dueWithin, translationGaps } from '@/lib/content/editor-status';
import { helpfulnessTrends, trendsSince } from '@/lib/feedback/trends';
import { options, today, treeWith } from './content-tree';

const bilingual = (edits = {}) => loadContent(treeWith(edits, { spanish: true }), options);

describe('due for review or update', () => {
  it('lists overdue reviews and update checks falling due within 30 days, most overdue first', () => {
    const tree = bilingual();
    // paying-for-care: nextReview 2026-06-01 (overdue); first-steps: reviewed 2026-01-05, due
    // 2027-01-05 (40 days away on 2026-11-26); the about page: updated 2026-01-10, check 2027-01-10.
    expect(dueWithin(tree, 'en', today).map((d) => [d.url, d.kind, d.due, d.daysLeft])).toEqual([
      ['/articles/paying-for-care', 'review', '2026-06-01', -178],
    ]);
    expect(dueWithin(tree, 'en', '2026-12-20').map((d) => [d.url, d.kind, d.daysLeft])).toEqual([
      ['/articles/paying-for-care', 'review', -202],
      ['/articles/first-steps', 'review', 16],
      ['/about', 'update', 21],
    ]);
    // The Spanish article has its own review; the Spanish page an update check a year on.
    expect(dueWithin(tree, 'es', '2026-12-20').map((d) => [d.kind, d.due])).toEqual([
      ['review', '2027-01-05'],
      ['update', '2027-01-10'],
    ]);
  });
});

describe('Spanish pages missing or stale', () => {
  it('names English files without a translation, then translations made from an older version', () => {
    expect(translationGaps(bilingual()).map((g) => [g.state, g.source.url])).toEqual([
      ['missing', '/articles/paying-for-care'],
    ]);
    const stale = translationGaps(
      bilingual({
        'es/articles/primeros-pasos.mdx': (text: string) =>
          text.replace('sourceUpdated: 2026-01-05', 'sourceUpdated: 2026-01-02'),
      }),
    );
    expect(stale.map((g) => [g.state, g.source.url])).toEqual([
      ['missing', '/articles/paying-for-care'],
      ['stale', '/articles/first-steps'],
    ]);
    expect(stale[1]).toMatchObject({ translatedFrom: '2026-01-02' });
  });
});

const now = new Date('2026-12-03T15:00:00Z');
const recent = {
  days: [
    { page: '/faq', day: '2026-12-03', yes: 1, no: 2 },
    { page: '/faq', day: '2026-11-20', yes: 0, no: 1 },
    { page: '/faq', day: '2026-10-20', yes: 3, no: 0 }, // 44 days ago: the 30 before
    { page: '/es/preguntas-frecuentes', day: '2026-11-30', yes: 2, no: 0 },
  ],
  noReasons: [
    { page: '/faq', day: '2026-12-03', reason: 'out-of-date', n: 2 },
    { page: '/faq', day: '2026-11-20', reason: 'missing-information', n: 1 },
    { page: '/faq', day: '2026-10-20', reason: 'other', n: 5 }, // outside the last 30 days
  ],
};

describe('helpfulness trends', () => {
  it('compares the last 30 days with the 30 before, top reasons of now, weekly yes share', () => {
    expect(trendsSince(now).toISOString()).toBe('2026-10-05T00:00:00.000Z');
    const [faq, es] = helpfulnessTrends(recent, now);
    expect(faq).toEqual({
      page: '/faq',
      lang: 'en',
      current: { yes: 1, no: 3 },
      previous: { yes: 3, no: 0 },
      topNoReasons: [
        { reason: 'out-of-date', n: 2 },
        { reason: 'missing-information', n: 1 },
      ],
      weekly: [null, 100, null, null, null, null, 0, 33],
    });
    expect(es).toMatchObject({
      lang: 'es',
      current: { yes: 2, no: 0 },
      weekly: [null, null, null, null, null, null, null, 100],
    });
  });
});

describe('the dashboard as rendered', () => {
  it('captioned tables with header cells, a described sparkline, every section per edition', async () => {
    const tree = bilingual();
    const trends = helpfulnessTrends(recent, now);
    const { prelude } = await prerender(
      <DashboardView
        dashboard={{
          editions: [
            {
              lang: 'en',
              searches: [{ lang: 'en', query: 'sober living', searches: 5, firstWeek: '2026-W47' }],
              trends: trends.filter((t) => t.lang === 'en'),
              due: dueWithin(tree, 'en', today),
            },
            {
              lang: 'es',
              searches: [],
              trends: trends.filter((t) => t.lang === 'es'),
              due: dueWithin(tree, 'es', today),
            },
          ],
          translations: translationGaps(tree),
          storeDown: false,
          searchGapsOn: true,
        }}
      />,
    );
    const html = await new Response(prelude).text();
    expect(html).toContain('<caption id="searches-en-caption"');
    expect(html).toMatch(
      /<th scope="row"[^>]*lang="en">sober living<\/th><td[^>]*>5<\/td><td[^>]*>2026-W47<\/td>/,
    );
    expect(html).toContain('No query found nothing 3 or more times in the last 4 weeks.');
    expect(html).toMatch(
      /<svg role="img" aria-labelledby="([^"]+)"[^>]*><title id="\1">Share of “yes” answers per week, last 8 weeks, oldest first: no answers, 100%, no answers, no answers, no answers, no answers, 0%, 33%\.<\/title>/,
    );
    expect(html).toContain('Out of date (2), Missing information (1)');
    expect(html).toContain('Overdue by 178 days');
    expect(html).toContain('No Spanish page yet');
    expect(html.match(/<th scope="col"/g)?.length).toBeGreaterThanOrEqual(12);
    expect(html).not.toContain('<script');
  });
});
