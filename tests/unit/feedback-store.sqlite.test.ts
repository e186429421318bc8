import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { latestVersion } from '@/lib/feedback/db-schema';
import { SqliteFeedbackStore, isSqliteUnavailable } from '@/lib/feedback/sqlite-store';
import { sqliteMigrationsBefore } from '../fixtures/feedback-migrations-before';
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
  latestVersion: latestVersion,
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
    expect(await store.schemaVersion()).toBe(latestVersion);
  });
});

/** Tables, columns and indexes of a file, as SQLite describes them. */
function schemaOf(db: Database.Database) {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((table) => [
      table,
      {
        columns: db
          .prepare(
            'SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid',
          )
          .all(table),
        indexes: db
          .prepare('SELECT name, "unique", partial FROM pragma_index_list(?) ORDER BY name')
          .all(table),
      },
    ]),
  );
}

describe('a file made before the shared schema', () => {
  let store: SqliteFeedbackStore | undefined;
  afterEach(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A database file as the store made it before: its own migration list, follow-up tokens as version 2. */
  function makeFileTheOldWay(target: string) {
    const db = new Database(target);
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    for (const migration of sqliteMigrationsBefore) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        '2026-01-01T00:00:00.000Z',
      );
    }
    db.pragma(`user_version = ${sqliteMigrationsBefore.at(-1)!.version}`);
    db.prepare(
      "INSERT INTO feedback (ref, page, helpful, reasons, comment, created_at, followup_hash) VALUES ('old-ref', '/about', 'no', '[\"out-of-date\"]', 'Kept', '2026-01-02T00:00:00.000Z', 'old-hash')",
    ).run();
    db.close();
  }

  it('opens, keeps its answers, and ends with the same schema as a new file', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-before-'));
    file = path.join(dir, 'old.sqlite');
    makeFileTheOldWay(file);

    store = new SqliteFeedbackStore(file);
    expect(await store.schemaVersion()).toBe(latestVersion);
    expect(await store.latestComments(5)).toMatchObject([
      { page: '/about', helpful: 'no', reasons: ['out-of-date'], comment: 'Kept' },
    ]);
    const now = new Date();
    await store.add({ page: '/faq', helpful: 'yes', reasons: [], followupHash: 'new-hash' }, now);
    expect(await store.addDetailsByToken('new-hash', '/faq', { reasons: ['other'] }, now)).toBe(
      true,
    );
    expect((await store.summary()).total).toBe(2);
    const recorded = inspect((db) =>
      db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all(),
    );
    await store.close();
    store = undefined;

    const fresh = new SqliteFeedbackStore(path.join(dir, 'new.sqlite'));
    const freshRecorded = fresh.db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all();
    const freshSchema = schemaOf(fresh.db);
    await fresh.close();
    expect(recorded).toEqual(freshRecorded);
    expect(inspect(schemaOf)).toEqual(freshSchema);
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
