import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { SqliteFeedbackStore, isSqliteUnavailable, migrations } from '@/lib/feedback/sqlite-store';
import { describeFeedbackStoreContract } from './feedback-store.contract';

let dir: string;
let file: string;

/** Reads the file with a connection of its own, as another process would. */
function inspect<T>(read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describeFeedbackStoreContract('SQLite', {
  async setUp() {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-store-'));
    file = path.join(dir, 'nested', 'feedback.sqlite');
  },
  async tearDown() {
    fs.rmSync(dir, { recursive: true, force: true });
  },
  open: () => new SqliteFeedbackStore(file),
  env: () => ({ FEEDBACK_DB_PATH: file }),
  latestVersion: migrations.at(-1)!.version,
  appliedMigrations: async () =>
    inspect((db) => db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get() as number),
  columns: async (table) =>
    inspect(
      (db) => db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[],
    ),
});

describe('SqliteFeedbackStore', () => {
  let store: SqliteFeedbackStore | undefined;
  afterEach(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the directory and file, in WAL mode', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-store-'));
    file = path.join(dir, 'nested', 'feedback.sqlite');
    store = new SqliteFeedbackStore(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(await store.schemaVersion()).toBe(migrations.at(-1)!.version);
  });
});

describe('SQLite faults are "unavailable" (503), bugs are not', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-fault-'));

  it('a path under a file, not a folder', () => {
    dir = tmp();
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    expect(() => new SqliteFeedbackStore(path.join(dir, 'a-file', 'feedback.sqlite'))).toThrow(
      StoreUnavailableError,
    );
  });

  it('a read-only file', async () => {
    dir = tmp();
    file = path.join(dir, 'feedback.sqlite');
    const first = new SqliteFeedbackStore(file);
    await first.close();
    const readOnly = new Database(file, { readonly: true });
    const store = Object.assign(Object.create(SqliteFeedbackStore.prototype), {
      file,
      db: readOnly,
    });
    await expect(store.add({ page: '/about', helpful: 'yes', reasons: [] })).rejects.toThrow(
      StoreUnavailableError,
    );
    readOnly.close();
  });

  it('a file another process holds locked answers within the short busy timeout', async () => {
    dir = tmp();
    file = path.join(dir, 'feedback.sqlite');
    const store = new SqliteFeedbackStore(file);
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    const started = Date.now();
    await expect(store.add({ page: '/about', helpful: 'yes', reasons: [] })).rejects.toThrow(
      StoreUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    other.exec('ROLLBACK');
    other.close();
    await store.add({ page: '/about', helpful: 'yes', reasons: [] });
    await store.close();
  });

  it('a full disk', () => {
    expect(
      isSqliteUnavailable(
        Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }),
      ),
    ).toBe(true);
    expect(
      isSqliteUnavailable(
        Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }),
      ),
    ).toBe(true);
  });

  it('a wrong statement or a broken constraint is a bug, not an outage', () => {
    dir = tmp();
    const db = new Database(':memory:');
    let caught: unknown;
    try {
      db.prepare('SELEC 1').run();
    } catch (error) {
      caught = error;
    }
    expect(isSqliteUnavailable(caught)).toBe(false);
    expect(isSqliteUnavailable(new TypeError('x is undefined'))).toBe(false);
    db.close();
  });

  it('a store that failed to open is not opened again on every request', async () => {
    dir = tmp();
    fs.writeFileSync(path.join(dir, 'a-file'), 'x');
    const { getFeedbackStore, reopenAfterMs } = await import('@/lib/feedback/store');
    const env = { ...process.env };
    process.env.FEEDBACK_DB_PATH = path.join(dir, 'a-file', 'feedback.sqlite');
    delete process.env.DATABASE_URL;
    const mkdir = vi.spyOn(fs, 'mkdirSync');
    try {
      const t = 1_000_000;
      expect(() => getFeedbackStore(t)).toThrow(StoreUnavailableError);
      expect(() => getFeedbackStore(t + 10)).toThrow(StoreUnavailableError);
      expect(() => getFeedbackStore(t + 20)).toThrow(StoreUnavailableError);
      expect(mkdir).toHaveBeenCalledTimes(1);
      expect(() => getFeedbackStore(t + reopenAfterMs + 1)).toThrow(StoreUnavailableError);
      expect(mkdir).toHaveBeenCalledTimes(2);
    } finally {
      mkdir.mockRestore();
      process.env = env;
    }
  });
});
