/**
 * The behaviour every feedback store promises, whatever the database: run against SQLite by
 * feedback-store.sqlite.test.ts and against PostgreSQL by feedback-store.postgres.test.ts.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedbackFilter, FeedbackRow, FeedbackStore } from '@/lib/feedback/store';
import { describeSearchGapsContract } from './search-gaps-store.contract';

/** Every row the export would read, through the store's streaming read. */
async function allRows(
  store: FeedbackStore,
  filter?: FeedbackFilter & { batchSize?: number },
): Promise<FeedbackRow[]> {
  const rows: FeedbackRow[] = [];
  for await (const row of store.feedbackRows(filter)) rows.push(row);
  return rows;
}

export type StoreBackend = {
  /** Fresh, empty storage for one test. */
  setUp(): Promise<void>;
  /** Removes this test's storage (stores are closed first). */
  tearDown(): Promise<void>;
  /** A new store, with its own connection(s), on this test's storage. */
  open(): FeedbackStore;
  /** The latest schema version this backend knows. */
  latestVersion: number;
  /** How many migrations are recorded as applied. */
  appliedMigrations(): Promise<number>;
  /** The column names of a table. */
  columns(table: string): Promise<string[]>;
  /** The environment that makes openFeedbackStore() open this test's storage in another process. */
  env(): Record<string, string>;
};

/** Runs support/add-then-hang.ts with this environment, waits for its ref, then SIGKILLs it. */
async function addInChildThenKill(env: Record<string, string>): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'support', 'add-then-hang.ts')],
    {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stderr.on('data', (chunk) => (output += chunk));
  const ref = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const line = /^([A-Za-z0-9_-]{22})$/m.exec(output);
      if (line) resolve(line[1]!);
    });
    child.once('exit', (code) =>
      reject(new Error(`the child exited (${code}) before storing:\n${output}`)),
    );
  });
  const exited = new Promise((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  return ref;
}

/** Registers the shared store tests for one backend. */
export function describeFeedbackStoreContract(name: string, backend: StoreBackend) {
  describe(`${name}: the feedback store contract`, () => {
    const open: FeedbackStore[] = [];
    const openStore = () => {
      const store = backend.open();
      open.push(store);
      return store;
    };

    beforeEach(() => backend.setUp());
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close()));
      await backend.tearDown();
    });

    describeSearchGapsContract(name, openStore);

    it('migrates to the latest version on first use', async () => {
      const store = openStore();
      expect(await store.schemaVersion()).toBe(backend.latestVersion);
      expect(await backend.appliedMigrations()).toBe(backend.latestVersion);
    });

    it('runs migrations once: opening again keeps the version and the data', async () => {
      const first = openStore();
      await first.add({ page: '/about', helpful: 'yes', reasons: [] });
      const version = await first.schemaVersion();
      await first.close();
      const second = openStore();
      expect(await second.schemaVersion()).toBe(version);
      expect(await backend.appliedMigrations()).toBe(backend.latestVersion);
      expect((await second.summary()).total).toBe(1);
    });

    it('stores answers with a random ref and no personal data in comments', async () => {
      const store = openStore();
      const a = await store.add({
        page: '/about',
        helpful: 'no',
        reasons: ['out-of-date'],
        comment: 'Reach me at jo@example.com or 555-123-4567',
      });
      const b = await store.add({ page: '/about', helpful: 'yes', reasons: [] });
      expect(a.ref).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(a.ref).not.toBe(b.ref);
      const [row] = await store.latestComments(5);
      expect(row).toMatchObject({
        page: '/about',
        helpful: 'no',
        reasons: ['out-of-date'],
        comment: 'Reach me at [email removed] or [phone removed]',
      });
      expect(row!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const columns = await backend.columns('feedback');
      expect(columns).toContain('comment');
      expect(columns).not.toContain('ip');
      expect(columns).not.toContain('user_agent');
    });

    it('keeps the time an answer was given only to the minute, in UTC', async () => {
      const store = openStore();
      const at = new Date('2026-05-01T10:07:42.123Z');
      await store.add({ page: '/about', helpful: 'no', reasons: [], comment: 'Hi' }, at);
      expect((await allRows(store))[0]!.createdAt).toBe('2026-05-01T10:07:00.000Z');
    });

    it('adds details only for the same page and within an hour, without a second row', async () => {
      const store = openStore();
      const start = new Date('2026-05-01T10:00:00Z');
      const { ref } = await store.add({ page: '/about', helpful: 'no', reasons: [] }, start);
      const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
      expect(
        await store.addDetails(ref, '/articles/first-steps', { reasons: ['other'] }, later(1)),
      ).toBe(false);
      expect(
        await store.addDetails('B'.repeat(22), '/about', { reasons: ['other'] }, later(1)),
      ).toBe(false);
      expect(await store.addDetails(ref, '/about', { reasons: ['other'] }, later(61))).toBe(false);
      expect(
        await store.addDetails(
          ref,
          '/about',
          { reasons: ['missing-information'], comment: 'More on cost' },
          later(59),
        ),
      ).toBe(true);
      const summary = await store.summary();
      expect(summary.total).toBe(1);
      expect(summary.pages[0]).toMatchObject({
        page: '/about',
        yes: 0,
        no: 1,
        comments: 1,
        helpfulPercent: 0,
        reasons: { 'missing-information': 1, other: 0 },
      });
    });

    it('adds details by a one-time follow-up token: once, for the same page, within an hour', async () => {
      const store = openStore();
      const start = new Date('2026-05-01T10:00:00Z');
      const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
      await store.add(
        { page: '/about', helpful: 'no', reasons: [], followupHash: 'hash-one' },
        start,
      );
      await store.add(
        { page: '/about', helpful: 'yes', reasons: [], followupHash: 'hash-two' },
        start,
      );
      expect(
        await store.addDetailsByToken('hash-one', '/faq', { reasons: ['other'] }, later(1)),
      ).toBe(false);
      expect(await store.addDetailsByToken('hash-two', '/about', { reasons: [] }, later(61))).toBe(
        false,
      );
      expect(
        await store.addDetailsByToken(
          'hash-one',
          '/about',
          { reasons: ['other'], comment: 'first' },
          later(2),
        ),
      ).toBe(true);
      // Used once: the same token cannot overwrite the comment.
      expect(
        await store.addDetailsByToken(
          'hash-one',
          '/about',
          { reasons: [], comment: 'overwrite' },
          later(3),
        ),
      ).toBe(false);
      const comments = await store.latestComments(10);
      expect(comments.map((c) => c.comment)).toEqual(['first']);
      expect((await store.summary()).total).toBe(2);
    });

    it('summarises answers, reasons and helpline taps per page', async () => {
      const store = openStore();
      await store.add({ page: '/b', helpful: 'yes', reasons: [] });
      await store.add({ page: '/b', helpful: 'yes', reasons: [], comment: 'Clear' });
      await store.add({ page: '/b', helpful: 'no', reasons: ['hard-to-understand', 'other'] });
      await store.addHelplineTap('/b', 'helpline');
      await store.addHelplineTap('/a', 'crisis-call');
      const summary = await store.summary();
      expect(summary.total).toBe(3);
      expect(summary.helplineTaps).toBe(2);
      expect(summary.pages.map((p) => p.page)).toEqual(['/a', '/b']);
      expect(summary.pages[0]).toMatchObject({
        yes: 0,
        no: 0,
        helplineTaps: 1,
        helpfulPercent: null,
      });
      expect(summary.pages[1]).toMatchObject({
        yes: 2,
        no: 1,
        comments: 1,
        helplineTaps: 1,
        helpfulPercent: 67,
        reasons: { 'hard-to-understand': 1, other: 1, 'out-of-date': 0 },
        helplineTapsByKind: { helpline: 1, 'crisis-call': 0 },
      });
      expect((await allRows(store)).map((r) => r.helpful)).toEqual(['yes', 'yes', 'no']);
    });

    it('lists the newest comments first, for every page or one', async () => {
      const store = openStore();
      const at = (minute: number) => new Date(Date.UTC(2026, 4, 1, 10, minute));
      await store.add({ page: '/a', helpful: 'no', reasons: [], comment: 'first' }, at(1));
      await store.add({ page: '/b', helpful: 'yes', reasons: [] }, at(2));
      await store.add({ page: '/b', helpful: 'no', reasons: [], comment: 'second' }, at(3));
      await store.add({ page: '/a', helpful: 'yes', reasons: [], comment: 'third' }, at(4));
      expect((await store.latestComments(10)).map((r) => r.comment)).toEqual([
        'third',
        'second',
        'first',
      ]);
      expect((await store.latestComments(1)).map((r) => r.comment)).toEqual(['third']);
      expect((await store.latestComments(10, { page: '/a' })).map((r) => r.comment)).toEqual([
        'third',
        'first',
      ]);
    });

    it('tells each page’s edition from its path and filters by it', async () => {
      const store = openStore();
      // '/estimates' starts with "/es" but is an English path; '/ES/x' is not the Spanish edition.
      const pages = ['/', '/es', '/es/articulos/que-es-iop', '/estimates', '/ES/x', '/faq'];
      for (const page of pages)
        await store.add({ page, helpful: 'no', reasons: [], comment: page });
      const langs = Object.fromEntries((await allRows(store)).map((r) => [r.page, r.lang]));
      expect(langs).toEqual({
        '/': 'en',
        '/es': 'es',
        '/es/articulos/que-es-iop': 'es',
        '/estimates': 'en',
        '/ES/x': 'en',
        '/faq': 'en',
      });
      expect((await allRows(store, { lang: 'es' })).map((r) => r.page)).toEqual([
        '/es',
        '/es/articulos/que-es-iop',
      ]);
      expect((await allRows(store, { lang: 'en' })).map((r) => r.page)).toEqual([
        '/',
        '/estimates',
        '/ES/x',
        '/faq',
      ]);
      expect((await store.latestComments(10, { lang: 'es' })).map((r) => r.page).sort()).toEqual([
        '/es',
        '/es/articulos/que-es-iop',
      ]);
      expect((await store.summary()).pages.map((p) => [p.page, p.lang])).toEqual(
        pages.map((page) => [page, langs[page]]).sort(([a], [b]) => a!.localeCompare(b!)),
      );
    });

    it('streams every answer once, oldest first, across several batches', async () => {
      const store = openStore();
      const count = 350;
      for (let i = 0; i < count; i += 50) {
        await Promise.all(
          Array.from({ length: 50 }, (_, j) =>
            store.add({
              page: (i + j) % 3 === 0 ? '/es' : '/faq',
              helpful: 'yes',
              reasons: [],
              comment: `n${i + j}`,
            }),
          ),
        );
      }
      // Stored order is insertion order within each batch of 50; compare as sets plus id order.
      const rows = await allRows(store, { batchSize: 100 });
      expect(rows).toHaveLength(count);
      expect(new Set(rows.map((r) => r.comment)).size).toBe(count);
      const es = await allRows(store, { lang: 'es', batchSize: 40 });
      expect(es).toHaveLength(Math.ceil(count / 3));
      expect(es.every((r) => r.page === '/es' && r.lang === 'es')).toBe(true);
      // Exactly a multiple of the batch size: the last (empty) batch ends the read.
      expect(await allRows(store, { batchSize: 50 })).toHaveLength(count);
    });

    it('takes new answers while an export is part-way through', async () => {
      const store = openStore();
      for (let i = 0; i < 5; i++) await store.add({ page: '/faq', helpful: 'yes', reasons: [] });
      const reading = store.feedbackRows({ batchSize: 2 })[Symbol.asyncIterator]();
      expect((await reading.next()).done).toBe(false);
      await store.add({ page: '/faq', helpful: 'no', reasons: [] });
      await store.addHelplineTap('/faq', 'helpline');
      let rest = 0;
      while (!(await reading.next()).done) rest++;
      expect(rest).toBeGreaterThanOrEqual(4);
      expect((await store.summary()).total).toBe(6);
    });

    it('stops reading when the export is abandoned', async () => {
      const store = openStore();
      for (let i = 0; i < 3; i++) await store.add({ page: '/faq', helpful: 'yes', reasons: [] });
      const reading = store.feedbackRows({ batchSize: 1 })[Symbol.asyncIterator]();
      await reading.next();
      await reading.return?.(undefined);
      expect((await reading.next()).done).toBe(true);
      await store.add({ page: '/faq', helpful: 'no', reasons: [] });
      expect((await store.summary()).total).toBe(4);
    });

    it('counts every answer when many arrive at once', async () => {
      const store = openStore();
      await Promise.all(
        Array.from({ length: 100 }, (_, i) =>
          store.add({ page: '/faq', helpful: i % 4 === 0 ? 'no' : 'yes', reasons: [] }),
        ),
      );
      const summary = await store.summary();
      expect(summary.pages).toEqual([
        expect.objectContaining({ page: '/faq', yes: 75, no: 25, helpfulPercent: 75 }),
      ]);
    });

    it('keeps committed answers when the process dies without closing', async () => {
      // Another process stores an answer and is killed (SIGKILL: no close, no exit handlers).
      const ref = await addInChildThenKill(backend.env());
      const store = openStore();
      expect((await store.summary()).total).toBe(1);
      const rows = await allRows(store);
      expect(rows.map((r) => r.comment)).toEqual(['before the kill']);
      expect(ref).toMatch(/^[A-Za-z0-9_-]{22}$/);
    });
  });
}
