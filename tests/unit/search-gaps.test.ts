/**
 * Unanswered searches: what is kept (normalised, screened), what never is (table-driven, one row
 * per class the issue names), the off switch, one count per reader, and the week it goes in.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteFeedbackStore } from '@/lib/feedback/sqlite-store';
import { getFeedbackStore } from '@/lib/feedback/store';
import { isUnanswered, recordUnansweredSearch } from '@/lib/search-gaps/record';
import { unansweredSearches } from '@/lib/search-gaps/report';
import { screenQuery } from '@/lib/search-gaps/screen';
import { searchGapsEnabled } from '@/lib/search-gaps/settings';
import { isoWeek } from '@/lib/search-gaps/week';
import { clientAddressHeader, frontProofHeader, frontSecretEnv } from '@/lib/client-address';

describe('screenQuery: what a kept query looks like', () => {
  it.each([
    ['Sober LIVING near me', 'sober living near me'],
    ['¿Cuánto cuesta la desintoxicación?', 'cuanto cuesta la desintoxicacion'],
    ['  IOP   vs.  PHP!! ', 'iop vs php'],
    ['one two three four five six seven eight nine ten', 'one two three four five six seven eight'],
    [
      'abcdefghijklmnopqrstu abcdefghijklmnopqrstu abcdefghijklmnopqrstu abcdefghijklmnopqrstu',
      'abcdefghijklmnopqrstu abcdefghijklmnopqrstu abcdefghijklmnopqrstu',
    ],
    ['12 step meetings', '12 step meetings'],
    ['court ordered IOP 30 days', 'court ordered iop 30 days'],
  ])('%j is kept as %j', (raw, kept) => {
    expect(screenQuery(raw)).toEqual({ ok: true, query: kept });
    expect(kept.length).toBeLessThanOrEqual(80);
  });

  it.each([
    ['an email', 'iop for jo.doe@example.com', 'personal'],
    ['an email with a full-width at sign', 'help jo＠example.org', 'personal'],
    ['an email spelled out', 'jo dot doe at gmail dot com', 'personal'],
    ['a bare @', 'call @jodoe', 'personal'],
    ['a phone number', 'call me 555-123-4567', 'personal'],
    ['a phone number with a +', '+44 20 7946 0958 clinic', 'personal'],
    ['a Social Security number', 'ssn 123-45-6789 iop', 'personal'],
    ['a date of birth', 'born March 14, 1985 iop', 'personal'],
    ['a street address', 'iop at 123 Main St', 'personal'],
    ['a Spanish street address', 'clinica calle 5 de mayo 12', 'address'],
    ['a unit number', 'apt 4b intake', 'address'],
    ['a run of 4 digits', 'case 4821 status', 'digits'],
    ['a ZIP code', 'iop near 90210', 'digits'],
    ['digits split by spaces', 'my number 55 51 23', 'digits'],
    ['a web address', 'is www.example.org legit', 'link'],
    ['a very long word', 'token abcdefghijklmnopqrstuvwxyz123', 'personal'],
    ['no words at all', '?!… ###', 'empty'],
    ['suicide', 'I want to kill myself', 'crisis'],
    ['self-harm', 'how to cut myself', 'crisis'],
    ['an overdose now', 'my friend overdosed and is not breathing', 'crisis'],
    ['suicide in Spanish', 'quiero matarme', 'crisis'],
  ])('never keeps %s', (_what, raw, reason) => {
    expect(screenQuery(raw)).toEqual({ ok: false, reason });
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-12-03', '2026-W49'],
    ['2026-11-30', '2026-W49'],
    ['2026-11-29', '2026-W48'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeek(new Date(`${day}T23:59:00Z`))).toBe(week);
  });
});

describe('SEARCH_GAPS', () => {
  it.each([
    [undefined, true],
    ['on', true],
    ['off', false],
    ['OFF', false],
    ['0', false],
    ['sometimes', false],
  ])('%s → counting %s', (value, on) => {
    expect(searchGapsEnabled({ SEARCH_GAPS: value })).toBe(on);
  });
});

describe('recordUnansweredSearch, into the configured store', () => {
  let dir: string;
  const env = { ...process.env };
  const client = (address: string) =>
    new Headers({ [clientAddressHeader]: address, [frontProofHeader]: 'test-secret' });
  const now = new Date('2026-12-03T10:00:00Z');
  const stored = () =>
    (getFeedbackStore() as SqliteFeedbackStore).db
      .prepare('SELECT week, lang, query, searches FROM search_misses ORDER BY query')
      .all();

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-gaps-'));
    process.env.FEEDBACK_DB_PATH = path.join(dir, 'feedback.sqlite');
    delete process.env.DATABASE_URL;
    process.env[frontSecretEnv] = 'test-secret';
  });
  afterAll(async () => {
    await getFeedbackStore().close();
    process.env = env;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a query the site has no result for is unanswered; one it has results for is not', () => {
    expect(isUnanswered('zzqx florbish', 'en')).toBe(true);
    expect(isUnanswered('insurance', 'en')).toBe(false);
    expect(isUnanswered('seguro médico', 'es')).toBe(false);
  }, 120_000); // without a build, the first search builds both indexes from the content

  it('counts a zero-result query: the week, the edition and the normalised words, nothing else', async () => {
    expect(await recordUnansweredSearch('Zzqx  FLORBISH', 'en', client('203.0.113.1'), now)).toBe(
      'counted',
    );
    expect(stored()).toEqual([
      { week: '2026-W49', lang: 'en', query: 'zzqx florbish', searches: 1 },
    ]);
    const columns = (getFeedbackStore() as SqliteFeedbackStore).db
      .prepare('SELECT name FROM pragma_table_info(?)')
      .pluck()
      .all('search_misses');
    expect(columns).toEqual(['week', 'lang', 'query', 'searches']);
  });

  it('the same reader searching again the same day counts once; others count each', async () => {
    expect(await recordUnansweredSearch('zzqx florbish', 'en', client('203.0.113.1'), now)).toBe(
      'repeat',
    );
    for (const address of ['203.0.113.2', '203.0.113.3'])
      expect(await recordUnansweredSearch('zzqx florbish', 'en', client(address), now)).toBe(
        'counted',
      );
    expect(await unansweredSearches(getFeedbackStore(), 'en', now)).toEqual([
      { lang: 'en', query: 'zzqx florbish', searches: 3, firstWeek: '2026-W49' },
    ]);
  });

  it('never stores a crisis query or personal data, however many readers search it', async () => {
    for (const query of [
      'I want to kill myself',
      'quiero morir',
      'jo@example.com',
      '555 123 4567',
    ]) {
      for (const address of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) {
        expect(await recordUnansweredSearch(query, 'en', client(address), now)).not.toBe('counted');
      }
    }
    expect(stored()).toEqual([
      { week: '2026-W49', lang: 'en', query: 'zzqx florbish', searches: 3 },
    ]);
  });

  it('SEARCH_GAPS=off counts nothing', async () => {
    process.env.SEARCH_GAPS = 'off';
    try {
      expect(await recordUnansweredSearch('plorkin wuzz', 'es', client('192.0.2.9'), now)).toBe(
        'off',
      );
    } finally {
      delete process.env.SEARCH_GAPS;
    }
    expect(stored()).toHaveLength(1);
  });
});
