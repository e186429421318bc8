import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteFeedbackStore, migrations } from '@/lib/feedback/sqlite-store';
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
