import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteFeedbackStore, migrations } from '@/lib/feedback/sqlite-store';

let dir: string;
let file: string;
const open: SqliteFeedbackStore[] = [];
const openStore = () => {
  const store = new SqliteFeedbackStore(file);
  open.push(store);
  return store;
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-store-'));
  file = path.join(dir, 'nested', 'feedback.sqlite');
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SqliteFeedbackStore', () => {
  it('creates the directory and file, in WAL mode', () => {
    const store = openStore();
    expect(fs.existsSync(file)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.schemaVersion()).toBe(migrations.at(-1)!.version);
  });

  it('runs migrations once: opening again keeps the version and the data', async () => {
    const first = openStore();
    await first.add({ page: '/about', helpful: 'yes', reasons: [] });
    const version = first.schemaVersion();
    await first.close();
    const second = openStore();
    expect(second.schemaVersion()).toBe(version);
    expect(second.db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(
      migrations.length,
    );
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
    const columns = store.db
      .prepare("SELECT name FROM pragma_table_info('feedback')")
      .pluck()
      .all();
    expect(columns).not.toContain('ip');
    expect(columns).not.toContain('user_agent');
  });

  it('adds details only for the same page and within an hour, without a second row', async () => {
    const store = openStore();
    const start = new Date('2026-05-01T10:00:00Z');
    const { ref } = await store.add({ page: '/about', helpful: 'no', reasons: [] }, start);
    const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    expect(
      await store.addDetails(ref, '/articles/first-steps', { reasons: ['other'] }, later(1)),
    ).toBe(false);
    expect(await store.addDetails('B'.repeat(22), '/about', { reasons: ['other'] }, later(1))).toBe(
      false,
    );
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
    expect((await store.allFeedback()).map((r) => r.helpful)).toEqual(['yes', 'yes', 'no']);
  });

  it('keeps committed answers when the process dies without closing', async () => {
    const store = openStore();
    await store.add({ page: '/about', helpful: 'yes', reasons: [] });
    // No close(): the WAL holds the commit; a new connection must see it.
    const other = new SqliteFeedbackStore(file);
    open.push(other);
    expect((await other.summary()).total).toBe(1);
  });
});
