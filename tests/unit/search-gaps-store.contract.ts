/**
 * Unanswered searches, recent answers and the ready check, the same in every store: run inside
 * the feedback store contract (feedback-store.contract.ts) against SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackStore } from '@/lib/feedback/store';
import { unansweredSearches } from '@/lib/search-gaps/report';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

/** Registers the tests; `openStore` opens a store on the current test's fresh storage. */
export function describeSearchGapsContract(name: string, openStore: () => FeedbackStore) {
  describe(`${name}: unanswered searches and recent answers`, () => {
    it('counts a query per ISO week and edition, and reads the week it first appeared', async () => {
      const store = openStore();
      // Week 2026-W47 (Mon 16 Nov) and 2026-W49 (Mon 30 Nov).
      for (const when of ['2026-11-16', '2026-11-18', '2026-12-01', '2026-12-03'])
        await store.addSearchMiss({ lang: 'en', query: 'sober living' }, day(when));
      await store.addSearchMiss({ lang: 'es', query: 'sober living' }, day('2026-12-02'));
      const rows = await store.searchMisses({
        lang: 'en',
        sinceWeek: '2026-W49',
        minSearches: 1,
        limit: 10,
      });
      expect(rows).toEqual([
        { lang: 'en', query: 'sober living', searches: 2, firstWeek: '2026-W47' },
      ]);
    });

    it('k-anonymity floor: a query searched twice never appears; a third search shows it', async () => {
      const store = openStore();
      const now = day('2026-12-03');
      await store.addSearchMiss({ lang: 'en', query: 'halfway house rules' }, now);
      await store.addSearchMiss({ lang: 'en', query: 'halfway house rules' }, now);
      expect(await unansweredSearches(store, 'en', now)).toEqual([]);
      await store.addSearchMiss({ lang: 'en', query: 'halfway house rules' }, now);
      expect(await unansweredSearches(store, 'en', now)).toEqual([
        { lang: 'en', query: 'halfway house rules', searches: 3, firstWeek: '2026-W49' },
      ]);
      expect(await unansweredSearches(store, 'es', now)).toEqual([]);
    });

    it('shows the last 4 weeks only, most searched first, and deletes weeks past 12', async () => {
      const store = openStore();
      const add = async (query: string, when: string, times: number) => {
        for (let i = 0; i < times; i++) await store.addSearchMiss({ lang: 'es', query }, day(when));
      };
      await add('casa de transicion', '2026-10-27', 3); // 2026-W44: over 4 weeks before W49
      await add('grupo de padres', '2026-11-10', 3); // W46: the 4th week back
      await add('ayuda legal', '2026-12-02', 5);
      expect(
        (await unansweredSearches(store, 'es', day('2026-12-03'))).map((r) => r.query),
      ).toEqual(['ayuda legal', 'grupo de padres']);
      // Thirteen weeks later, the next count sweeps away every week before the twelve kept.
      await store.addSearchMiss({ lang: 'es', query: 'otra' }, day('2027-03-04'));
      const all = await store.searchMisses({
        lang: 'es',
        sinceWeek: '2000-W01',
        minSearches: 1,
        limit: 50,
      });
      expect(all.map((r) => r.query)).toEqual(['otra']);
    });

    it('reads yes and no per page and day since a moment, and the reasons given with no', async () => {
      const store = openStore();
      await store.add({ page: '/faq', helpful: 'yes', reasons: [] }, day('2026-10-01'));
      await store.add({ page: '/faq', helpful: 'yes', reasons: [] }, day('2026-11-20'));
      await store.add(
        { page: '/faq', helpful: 'no', reasons: ['out-of-date', 'hard-to-understand'] },
        day('2026-11-20'),
      );
      await store.add({ page: '/faq', helpful: 'no', reasons: ['out-of-date'] }, day('2026-11-21'));
      await store.add({ page: '/es', helpful: 'yes', reasons: ['out-of-date'] }, day('2026-11-21'));
      const recent = await store.answersSince(day('2026-11-01'));
      expect(recent.days).toEqual([
        { page: '/es', day: '2026-11-21', yes: 1, no: 0 },
        { page: '/faq', day: '2026-11-20', yes: 1, no: 1 },
        { page: '/faq', day: '2026-11-21', yes: 0, no: 1 },
      ]);
      expect(
        [...recent.noReasons].sort(
          (a, b) => a.day.localeCompare(b.day) || a.reason.localeCompare(b.reason),
        ),
      ).toEqual([
        { page: '/faq', day: '2026-11-20', reason: 'hard-to-understand', n: 1 },
        { page: '/faq', day: '2026-11-20', reason: 'out-of-date', n: 1 },
        { page: '/faq', day: '2026-11-21', reason: 'out-of-date', n: 1 },
      ]);
    });

    it('answers a ping', async () => {
      await expect(openStore().ping()).resolves.toBeUndefined();
    });
  });
}
