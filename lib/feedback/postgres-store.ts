import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { createTableSql, migrations, migrationSql, migrationsTable } from './db-schema';
import { StoreUnavailableError } from './errors';
import { GroupCommit } from './group-commit';
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

/** The shared rate limit counts in one-minute windows; rows older than two are deleted. */
const rateWindowMs = 60_000;

/** Every app server takes this advisory lock to migrate, so servers starting together take turns. */
export const migrationLockKey = 4_170_821_906;

/** Time limits: a down or unreachable database answers within seconds, never hangs a request. */
export const postgresTimeouts = {
  /** Opening a connection (refused is instant; an unreachable host waits this long). */
  connectMs: 3_000,
  /** One statement, enforced by the server (statement_timeout) and by the client (query_timeout). */
  queryMs: 5_000,
  /** Waiting for another server's migration. */
  migrateMs: 60_000,
};

export type PostgresStoreOptions = { connectionString: string; maxConnections?: number };

/** The pool size from DATABASE_POOL_MAX (default 10 connections per app server). */
export function poolSizeFromEnv(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.DATABASE_POOL_MAX);
  return Number.isInteger(value) && value > 0 ? value : 10;
}

/** SQLSTATE classes that mean "the database is not there for us right now", not "this query is wrong". */
const unavailableClasses = new Set(['08', '28', '3D', '53', '57', '58']);
/** insufficient_privilege: a misconfigured deployment, which readers should see as 503, not 500. */
const unavailableCodes = new Set(['42501']);

/** Network errors reaching the database server. */
const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'EPIPE',
]);
/** What the pg driver itself says when a connection fails, times out or is gone. */
const driverMessages =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error and is not queryable|Cannot use a pool after calling end on the pool|Client was closed and is not queryable|connect E)/i;

/**
 * True for connection failures, timeouts, shutdowns and exhausted resources; false for a bug
 * (a wrong query, a TypeError, any other error with a code), which stays a 500.
 */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (error instanceof pg.DatabaseError) {
    return (
      typeof code === 'string' &&
      (unavailableClasses.has(code.slice(0, 2)) || unavailableCodes.has(code))
    );
  }
  if (typeof code === 'string') return networkCodes.has(code);
  return driverMessages.test(error.message);
}

type Row = {
  page: string;
  helpful: Helpful;
  reasons: FeedbackReason[];
  comment: string | null;
  created_at: Date;
};

const toRow = (row: Row): FeedbackRow => ({
  page: row.page,
  lang: langOfPath(row.page),
  helpful: row.helpful,
  reasons: row.reasons,
  comment: row.comment,
  createdAt: row.created_at.toISOString(),
});

/**
 * WHERE conditions for a filter, numbering parameters after `values` (which it extends). A page's
 * edition follows langOfPath: `/es` and `/es/…` are Spanish (LIKE is case-sensitive here).
 */
function filterSql({ page, lang }: FeedbackFilter, values: unknown[]): string[] {
  const where: string[] = [];
  if (page !== undefined) {
    values.push(page);
    where.push(`page = $${values.length}`);
  }
  if (lang !== undefined) {
    values.push(esPaths.home, `${esPaths.home}/%`);
    where.push(
      `${lang === 'es' ? '' : 'NOT '}(page = $${values.length - 1} OR page LIKE $${values.length})`,
    );
  }
  return where;
}

/** Rows per query when the CSV export reads the table. */
export const exportBatchSize = 1000;

/**
 * Runs `work` in one transaction on one pooled client: BEGIN (with `begin`), COMMIT, or ROLLBACK
 * on error; a client that failed is released as broken so the pool does not reuse it.
 */
async function inTransaction<T>(
  pool: pg.Pool,
  begin: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    broken = error as Error;
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release(broken);
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, 'BEGIN', async (client) => {
    // query_timeout per query is supported by pg but missing from @types/pg's QueryConfig.
    const query = (text: string, values?: unknown[]) =>
      client.query<{ version: number }>({
        text,
        values,
        query_timeout: postgresTimeouts.migrateMs,
      } as pg.QueryConfig);
    await query(`SET LOCAL statement_timeout = ${postgresTimeouts.migrateMs}`);
    // Held until COMMIT: a second server waits here, then finds the migrations applied.
    await query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await query(
      createTableSql(migrationsTable.table, migrationsTable.columns, 'postgres', {
        ifNotExists: true,
      }),
    );
    const { rows } = await query('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => row.version));
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await query(migrationSql(migration, 'postgres'));
      await query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
        [migration.version, migration.name],
      );
    }
  });
}

/**
 * Feedback in PostgreSQL, for many app servers sharing one database. A pool per process;
 * parameterized queries only; migrations on first use (and at start-up, see instrumentation.ts).
 * When the database is down every method throws StoreUnavailableError within seconds, and
 * works again once it is back: nothing to restart.
 */
export class PostgresFeedbackStore implements FeedbackStore {
  readonly pool: pg.Pool;
  private migrated?: Promise<void>;

  constructor({ connectionString, maxConnections = 10 }: PostgresStoreOptions) {
    this.pool = new pg.Pool({
      connectionString,
      max: maxConnections,
      connectionTimeoutMillis: postgresTimeouts.connectMs,
      statement_timeout: postgresTimeouts.queryMs,
      query_timeout: postgresTimeouts.queryMs,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      application_name: 'iop-guide',
    });
    // An idle connection dropped by a restarting server must not crash the process; the pool
    // discards it and the next query opens a fresh one.
    this.pool.on('error', (error) => {
      console.error(`feedback store: idle PostgreSQL connection lost (${error.message})`);
    });
  }

  /** Applies pending migrations once per process; after a failure the next call tries again. */
  private ready(): Promise<void> {
    this.migrated ??= migrate(this.pool).catch((error: unknown) => {
      this.migrated = undefined;
      throw error;
    });
    return this.migrated;
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      await this.ready();
      return await work();
    } catch (error) {
      if (error instanceof StoreUnavailableError || !isUnavailable(error)) throw error;
      throw new StoreUnavailableError(
        `PostgreSQL is unavailable: ${(error as Error).message || (error as Error).name}`,
        { cause: error },
      );
    }
  }

  private query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
    return this.run(() => this.pool.query<R>(text, values));
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await this.query<{ version: number | null }>(
      'SELECT MAX(version) AS version FROM schema_migrations',
    );
    return rows[0]?.version ?? 0;
  }

  /**
   * New answers are inserted in groups (see group-commit.ts): one statement, round trip and
   * commit (one WAL flush) for every answer that arrived meanwhile, instead of one each.
   */
  private readonly inserts = new GroupCommit<unknown[]>(async (rows) => {
    await this.query(
      `INSERT INTO feedback (ref, page, helpful, reasons, comment, created_at, followup_hash)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[],
                            $6::timestamptz[], $7::text[])`,
      rows[0]!.map((_, column) => rows.map((row) => row[column])),
    );
  });

  async add(entry: NewFeedback, now = new Date()): Promise<{ ref: string }> {
    const ref = randomBytes(16).toString('base64url');
    await this.inserts.add([
      ref,
      entry.page,
      entry.helpful,
      JSON.stringify(entry.reasons),
      cleanComment(entry.comment),
      storedTime(now),
      entry.followupHash ?? null,
    ]);
    return { ref };
  }

  async addDetails(
    ref: string,
    page: string,
    details: FeedbackDetailsUpdate,
    now = new Date(),
  ): Promise<boolean> {
    const since = new Date(now.getTime() - detailsWindowMs);
    const result = await this.query(
      `UPDATE feedback SET reasons = $1::jsonb, comment = $2, updated_at = $3
       WHERE ref = $4 AND page = $5 AND created_at > $6`,
      [
        JSON.stringify(details.reasons),
        cleanComment(details.comment),
        storedTime(now),
        ref,
        page,
        since,
      ],
    );
    return result.rowCount === 1;
  }

  async addDetailsByToken(
    tokenHash: string,
    page: string,
    details: FeedbackDetailsUpdate,
    now = new Date(),
  ): Promise<boolean> {
    const since = new Date(now.getTime() - detailsWindowMs);
    const result = await this.query(
      `UPDATE feedback SET reasons = $1::jsonb, comment = $2, updated_at = $3, followup_hash = NULL
       WHERE followup_hash = $4 AND page = $5 AND created_at > $6`,
      [
        JSON.stringify(details.reasons),
        cleanComment(details.comment),
        storedTime(now),
        tokenHash,
        page,
        since,
      ],
    );
    return result.rowCount === 1;
  }

  async addHelplineTap(page: string, kind: HelplineTapKind, now = new Date()): Promise<void> {
    await this.query('INSERT INTO helpline_taps (page, kind, created_at) VALUES ($1, $2, $3)', [
      page,
      kind,
      storedTime(now),
    ]);
  }

  async summary(): Promise<Summary> {
    return this.run(() =>
      // One snapshot: the three counts come from the same moment.
      inTransaction(
        this.pool,
        'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
        async (client) => {
          const answers = await client.query<AnswerCounts>(
            `SELECT page, COUNT(*) FILTER (WHERE helpful = 'yes')::int AS yes,
                  COUNT(*) FILTER (WHERE helpful = 'no')::int AS no,
                  COUNT(comment)::int AS comments
           FROM feedback GROUP BY page`,
          );
          const reasons = await client.query<ReasonCount>(
            `SELECT page, r.reason, COUNT(*)::int AS n
           FROM feedback, jsonb_array_elements_text(feedback.reasons) AS r(reason)
           GROUP BY page, r.reason`,
          );
          const taps = await client.query<TapCount>(
            'SELECT page, kind, COUNT(*)::int AS n FROM helpline_taps GROUP BY page, kind',
          );
          return tallySummary(answers.rows, reasons.rows, taps.rows);
        },
      ),
    );
  }

  async latestComments(limit: number, filter: FeedbackFilter = {}): Promise<FeedbackRow[]> {
    const values: unknown[] = [];
    const where = ['comment IS NOT NULL', ...filterSql(filter, values)];
    values.push(limit);
    const { rows } = await this.query<Row>(
      `SELECT page, helpful, reasons, comment, created_at FROM feedback
       WHERE ${where.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT $${values.length}`,
      values,
    );
    return rows.map(toRow);
  }

  /**
   * Keyset pagination on id: one short query per batch (each within the usual query timeout, no
   * pooled connection held while a slow client reads, unlike a cursor). Rows added meanwhile with
   * a higher id are included; none is read twice or skipped.
   */
  async *feedbackRows({
    batchSize = exportBatchSize,
    ...filter
  }: FeedbackFilter & { batchSize?: number } = {}): AsyncGenerator<FeedbackRow> {
    let after = '0';
    while (true) {
      const values: unknown[] = [after];
      const where = ['id > $1', ...filterSql(filter, values)];
      values.push(batchSize);
      const { rows } = await this.query<Row & { id: string }>(
        `SELECT id, page, helpful, reasons, comment, created_at FROM feedback
         WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${values.length}`,
        values,
      );
      for (const row of rows) yield toRow(row);
      if (rows.length < batchSize) return;
      after = rows.at(-1)!.id;
    }
  }

  private salt?: Promise<string>;
  private lastRateSweep = 0;

  /** The salt every app server hashes client addresses with (made once, by whichever server is first). */
  private sharedSalt(): Promise<string> {
    this.salt ??= (async () => {
      await this.query(
        'INSERT INTO rate_limit_salt (id, salt) VALUES (1, $1) ON CONFLICT DO NOTHING',
        [randomBytes(32).toString('base64url')],
      );
      const { rows } = await this.query<{ salt: string }>(
        'SELECT salt FROM rate_limit_salt WHERE id = 1',
      );
      return rows[0]!.salt;
    })().catch((error: unknown) => {
      this.salt = undefined;
      throw error;
    });
    return this.salt;
  }

  async countClientHit(endpoint: string, address: string, limit: number, now = new Date()) {
    const start = Math.floor(now.getTime() / rateWindowMs) * rateWindowMs;
    const client = createHash('sha256')
      .update(await this.sharedSalt())
      .update(`${endpoint} ${address}`)
      .digest('base64url');
    if (now.getTime() - this.lastRateSweep >= rateWindowMs) {
      this.lastRateSweep = now.getTime();
      await this.query('DELETE FROM rate_limit_hits WHERE window_start < $1', [
        new Date(start - rateWindowMs),
      ]);
    }
    const { rows } = await this.query<{ hits: number }>(
      `INSERT INTO rate_limit_hits (client, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (client, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
       RETURNING hits`,
      [client, new Date(start)],
    );
    if (rows[0]!.hits <= limit) return { allowed: true } as const;
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((start + rateWindowMs - now.getTime()) / 1000)),
    } as const;
  }

  private lastMissSweep = 0;

  async addSearchMiss({ lang, query }: NewSearchMiss, now = new Date()): Promise<void> {
    // Weeks past what is kept go, at most once an hour per process.
    if (now.getTime() - this.lastMissSweep >= 3_600_000) {
      this.lastMissSweep = now.getTime();
      await this.query('DELETE FROM search_misses WHERE week < $1', [oldestWeekKept(now)]);
    }
    await this.query(
      `INSERT INTO search_misses (week, lang, query, searches) VALUES ($1, $2, $3, 1)
       ON CONFLICT (week, lang, query) DO UPDATE SET searches = search_misses.searches + 1`,
      [isoWeek(now), lang, query],
    );
  }

  async searchMisses({
    lang,
    sinceWeek,
    minSearches,
    limit,
  }: SearchMissQuery): Promise<SearchMissCount[]> {
    const { rows } = await this.query<Omit<SearchMissCount, 'lang'>>(
      `SELECT m.query, SUM(m.searches)::int AS searches,
              (SELECT MIN(f.week) FROM search_misses f
               WHERE f.lang = m.lang AND f.query = m.query) AS "firstWeek"
       FROM search_misses m WHERE m.lang = $1 AND m.week >= $2
       GROUP BY m.lang, m.query HAVING SUM(m.searches) >= $3
       ORDER BY searches DESC, m.query LIMIT $4`,
      [lang, sinceWeek, minSearches, limit],
    );
    return rows.map((row) => ({ lang, ...row }));
  }

  async answersSince(since: Date): Promise<RecentAnswers> {
    return this.run(() =>
      inTransaction(
        this.pool,
        'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
        async (client) => {
          const days = await client.query<RecentAnswers['days'][number]>(
            `SELECT page, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
                    COUNT(*) FILTER (WHERE helpful = 'yes')::int AS yes,
                    COUNT(*) FILTER (WHERE helpful = 'no')::int AS no
             FROM feedback WHERE created_at >= $1 GROUP BY page, day ORDER BY page, day`,
            [since],
          );
          const noReasons = await client.query<RecentAnswers['noReasons'][number]>(
            `SELECT page, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, r.reason,
                    COUNT(*)::int AS n
             FROM feedback, jsonb_array_elements_text(feedback.reasons) AS r(reason)
             WHERE helpful = 'no' AND created_at >= $1 GROUP BY page, day, r.reason`,
            [since],
          );
          return { days: days.rows, noReasons: noReasons.rows };
        },
      ),
    );
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
