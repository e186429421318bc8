import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import {
  createTableSql,
  latestVersion,
  migrations,
  migrationSql,
  migrationsTable,
} from './db-schema';
import { StoreUnavailableError } from './errors';
import { SqliteCheckpointer, backstopCheckpointPages } from './sqlite-checkpointer';
import { esPaths, langOfPath } from '../urls';
import { isoWeek, oldestWeekKept } from '../search-gaps/week';
import type { FeedbackReason, HelplineTapKind } from './schema';
import { cleanComment, detailsWindowMs, storedTime } from './stored-values';
import { tallySummary, type AnswerCounts, type ReasonCount, type TapCount } from './tally';
import type {
  FeedbackDetailsUpdate,
  FeedbackFilter,
  FeedbackRow,
  FeedbackStore,
  Helpful,
  NewFeedback,
  NewSearchMiss,
  RecentAnswers,
  SearchMissCount,
  SearchMissQuery,
  Summary,
} from './types';

/**
 * Applies pending migrations of the shared list (db-schema.ts), each once, recorded in
 * schema_migrations and user_version.
 */
function migrate(db: Database.Database) {
  db.exec(
    createTableSql(migrationsTable.table, migrationsTable.columns, 'sqlite', { ifNotExists: true }),
  );
  // IMMEDIATE: two processes opening a new file at once cannot both apply a migration.
  db.transaction(() => {
    // Files made before the two stores shared one list numbered their migrations on their own
    // (the follow-up tokens were 2 here): a recorded name takes its number in the shared list.
    const renumber = db.prepare(
      'UPDATE schema_migrations SET version = ? WHERE name = ? AND version <> ?',
    );
    for (const { version, name } of [...migrations].reverse()) renumber.run(version, name, version);
    const applied = new Set(
      db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
    );
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      db.exec(migrationSql(migration, 'sqlite'));
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
    db.pragma(`user_version = ${latestVersion}`);
  }).immediate();
}

type Row = {
  page: string;
  helpful: Helpful;
  reasons: string;
  comment: string | null;
  created_at: string;
};

const toRow = (row: Row): FeedbackRow => ({
  page: row.page,
  lang: langOfPath(row.page),
  helpful: row.helpful,
  reasons: JSON.parse(row.reasons) as FeedbackReason[],
  comment: row.comment,
  createdAt: row.created_at,
});

/**
 * WHERE conditions and parameters for a filter. A page's edition follows langOfPath: `/es` and
 * `/es/…` are Spanish (GLOB, unlike LIKE, is case-sensitive, as paths are).
 */
function filterSql({ page, lang }: FeedbackFilter = {}): { where: string[]; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (page !== undefined) {
    where.push('page = ?');
    params.push(page);
  }
  if (lang !== undefined) {
    where.push(`${lang === 'es' ? '' : 'NOT '}(page = ? OR page GLOB ?)`);
    params.push(esPaths.home, `${esPaths.home}/*`);
  }
  return { where, params };
}

/** How long a write waits for another process's lock before answering 503: short, so one locked file cannot stall every request. */
export const sqliteBusyTimeoutMs = 250;

/**
 * SQLite result codes that mean "the file cannot be used right now" (locked, disk full, read-only,
 * cannot be opened, I/O error, not a database): 503, not a bug. Extended codes (SQLITE_READONLY_DBMOVED…) count too.
 */
const unavailableCodes = [
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_PERM',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT',
  'SQLITE_NOLFS',
];
/** File-system errors opening the file or its folder (a path under a file, no permission, disk full). */
const fileSystemCodes = new Set([
  'ENOTDIR',
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOSPC',
  'EEXIST',
  'EISDIR',
  'ENOENT',
  'EIO',
]);

/** True for the errors above; false for a bug (a wrong statement, a constraint). */
export function isSqliteUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    fileSystemCodes.has(code) ||
    unavailableCodes.some((c) => code === c || code.startsWith(`${c}_`))
  );
}

function unavailable<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!isSqliteUnavailable(error)) throw error;
    throw new StoreUnavailableError(`SQLite is unavailable: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * Feedback in one SQLite file (WAL, synchronous=NORMAL: a committed answer survives a killed
 * process). Checkpoints run on a thread of their own (see sqlite-checkpointer.ts).
 */
export class SqliteFeedbackStore implements FeedbackStore {
  readonly db: Database.Database;
  private readonly checkpointer?: SqliteCheckpointer;
  /** Prepared once, on first use. */
  private insertStatement?: Database.Statement;

  /** Opens (creating the folder and file) and migrates; StoreUnavailableError when the file cannot be used. */
  constructor(readonly file: string) {
    this.db = unavailable(() => {
      if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      const db = new Database(file);
      try {
        db.pragma(`busy_timeout = ${sqliteBusyTimeoutMs}`);
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        db.pragma(`wal_autocheckpoint = ${backstopCheckpointPages}`);
        migrate(db);
        return db;
      } catch (error) {
        db.close();
        throw error;
      }
    });
    if (file !== ':memory:') this.checkpointer = new SqliteCheckpointer(file);
  }

  /** The schema version recorded in the file. */
  async schemaVersion(): Promise<number> {
    return unavailable(() => this.db.pragma('user_version', { simple: true })) as number;
  }

  async add(entry: NewFeedback, now = new Date()): Promise<{ ref: string }> {
    const ref = randomBytes(16).toString('base64url');
    unavailable(() =>
      (this.insertStatement ??= this.db.prepare(
        'INSERT INTO feedback (ref, page, helpful, reasons, comment, created_at, followup_hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )).run(
        ref,
        entry.page,
        entry.helpful,
        JSON.stringify(entry.reasons),
        cleanComment(entry.comment),
        storedTime(now).toISOString(),
        entry.followupHash ?? null,
      ),
    );
    return { ref };
  }

  async addDetails(
    ref: string,
    page: string,
    details: FeedbackDetailsUpdate,
    now = new Date(),
  ): Promise<boolean> {
    const since = new Date(now.getTime() - detailsWindowMs).toISOString();
    const result = unavailable(() =>
      this.db
        .prepare(
          `UPDATE feedback SET reasons = ?, comment = ?, updated_at = ?
         WHERE ref = ? AND page = ? AND created_at > ?`,
        )
        .run(
          JSON.stringify(details.reasons),
          cleanComment(details.comment),
          storedTime(now).toISOString(),
          ref,
          page,
          since,
        ),
    );
    return result.changes === 1;
  }

  async addDetailsByToken(
    tokenHash: string,
    page: string,
    details: FeedbackDetailsUpdate,
    now = new Date(),
  ): Promise<boolean> {
    const since = new Date(now.getTime() - detailsWindowMs).toISOString();
    const result = unavailable(() =>
      this.db
        .prepare(
          `UPDATE feedback SET reasons = ?, comment = ?, updated_at = ?, followup_hash = NULL
           WHERE followup_hash = ? AND page = ? AND created_at > ?`,
        )
        .run(
          JSON.stringify(details.reasons),
          cleanComment(details.comment),
          storedTime(now).toISOString(),
          tokenHash,
          page,
          since,
        ),
    );
    return result.changes === 1;
  }

  async addHelplineTap(page: string, kind: HelplineTapKind, now = new Date()): Promise<void> {
    unavailable(() =>
      this.db
        .prepare('INSERT INTO helpline_taps (page, kind, created_at) VALUES (?, ?, ?)')
        .run(page, kind, storedTime(now).toISOString()),
    );
  }

  async summary(): Promise<Summary> {
    // One read transaction: the three counts come from the same moment.
    const read = this.db.transaction(() =>
      tallySummary(
        this.db
          .prepare(
            `SELECT page, SUM(helpful = 'yes') AS yes, SUM(helpful = 'no') AS no,
                    COUNT(comment) AS comments
             FROM feedback GROUP BY page`,
          )
          .all() as AnswerCounts[],
        this.db
          .prepare(
            `SELECT page, r.value AS reason, COUNT(*) AS n
             FROM feedback, json_each(feedback.reasons) AS r GROUP BY page, r.value`,
          )
          .all() as ReasonCount[],
        this.db
          .prepare('SELECT page, kind, COUNT(*) AS n FROM helpline_taps GROUP BY page, kind')
          .all() as TapCount[],
      ),
    );
    return unavailable(read);
  }

  async latestComments(limit: number, filter?: FeedbackFilter): Promise<FeedbackRow[]> {
    const { where, params } = filterSql(filter);
    const rows = unavailable(() =>
      this.db
        .prepare(
          `SELECT page, helpful, reasons, comment, created_at FROM feedback
           WHERE ${['comment IS NOT NULL', ...where].join(' AND ')}
           ORDER BY created_at DESC, id DESC LIMIT ?`,
        )
        .all(...params, limit),
    ) as Row[];
    return rows.map(toRow);
  }

  /**
   * Streams with .iterate() on a read-only connection of its own: one consistent snapshot (WAL
   * lets writers go on meanwhile), and this store's connection stays free for posts while the
   * export is read (better-sqlite3 refuses other statements on a connection mid-iterate).
   */
  async *feedbackRows(filter: FeedbackFilter = {}): AsyncGenerator<FeedbackRow> {
    const { where, params } = filterSql(filter);
    const reader =
      this.file === ':memory:'
        ? this.db
        : unavailable(() => {
            const db = new Database(this.file, { readonly: true, fileMustExist: true });
            db.pragma(`busy_timeout = ${sqliteBusyTimeoutMs}`);
            return db;
          });
    try {
      const rows = unavailable(() =>
        reader
          .prepare(
            `SELECT page, helpful, reasons, comment, created_at FROM feedback
             ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`,
          )
          .iterate(...params),
      ) as IterableIterator<Row>;
      try {
        while (true) {
          const next = unavailable(() => rows.next());
          if (next.done) break;
          yield toRow(next.value);
        }
      } finally {
        rows.return?.();
      }
    } finally {
      if (reader !== this.db) reader.close();
    }
  }

  private lastMissSweep = 0;

  async addSearchMiss({ lang, query }: NewSearchMiss, now = new Date()): Promise<void> {
    unavailable(() => {
      // Weeks past what is kept go, at most once an hour per process.
      if (now.getTime() - this.lastMissSweep >= 3_600_000) {
        this.lastMissSweep = now.getTime();
        this.db.prepare('DELETE FROM search_misses WHERE week < ?').run(oldestWeekKept(now));
      }
      this.db
        .prepare(
          `INSERT INTO search_misses (week, lang, query, searches) VALUES (?, ?, ?, 1)
           ON CONFLICT (week, lang, query) DO UPDATE SET searches = searches + 1`,
        )
        .run(isoWeek(now), lang, query);
    });
  }

  async searchMisses({
    lang,
    sinceWeek,
    minSearches,
    limit,
  }: SearchMissQuery): Promise<SearchMissCount[]> {
    const rows = unavailable(() =>
      this.db
        .prepare(
          `SELECT m.query, SUM(m.searches) AS searches,
                  (SELECT MIN(f.week) FROM search_misses f
                   WHERE f.lang = m.lang AND f.query = m.query) AS firstWeek
           FROM search_misses m WHERE m.lang = ? AND m.week >= ?
           GROUP BY m.lang, m.query HAVING SUM(m.searches) >= ?
           ORDER BY searches DESC, m.query LIMIT ?`,
        )
        .all(lang, sinceWeek, minSearches, limit),
    ) as Array<Omit<SearchMissCount, 'lang'>>;
    return rows.map((row) => ({ lang, ...row }));
  }

  async answersSince(since: Date): Promise<RecentAnswers> {
    const from = since.toISOString();
    const read = this.db.transaction(() => ({
      days: this.db
        .prepare(
          `SELECT page, substr(created_at, 1, 10) AS day, SUM(helpful = 'yes') AS yes,
                  SUM(helpful = 'no') AS no
           FROM feedback WHERE created_at >= ? GROUP BY page, day ORDER BY page, day`,
        )
        .all(from) as RecentAnswers['days'],
      noReasons: this.db
        .prepare(
          `SELECT page, substr(created_at, 1, 10) AS day, r.value AS reason, COUNT(*) AS n
           FROM feedback, json_each(feedback.reasons) AS r
           WHERE helpful = 'no' AND created_at >= ? GROUP BY page, day, r.value`,
        )
        .all(from) as RecentAnswers['noReasons'],
    }));
    return unavailable(read);
  }

  async ping(): Promise<void> {
    unavailable(() => this.db.prepare('SELECT 1').get());
  }

  async close(): Promise<void> {
    await this.checkpointer?.close();
    if (this.db.open) this.db.close();
  }

  closeOnExit(): void {
    if (!this.db.open) return;
    // The checkpointer thread may still hold the file: empty the WAL here, then close.
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}
