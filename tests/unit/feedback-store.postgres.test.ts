/**
 * The store contract against a real PostgreSQL: TEST_DATABASE_URL (npm test starts a throwaway
 * cluster with scripts/with-postgres.sh). Each test gets a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { latestVersion, migrations } from '@/lib/feedback/db-schema';
import {
  PostgresFeedbackStore,
  isUnavailable,
  postgresTimeouts,
} from '@/lib/feedback/postgres-store';
import { openFeedbackStore } from '@/lib/feedback/store';
import { freePort } from '../../scripts/next-server';
import { postgresMigrationsBefore } from '../fixtures/feedback-migrations-before';
import { describeFeedbackStoreContract } from './feedback-store.contract';

const url = process.env.TEST_DATABASE_URL;
const required = Boolean(process.env.REQUIRE_POSTGRES);

if (!url) {
  describe('PostgreSQL feedback store', () => {
    // npm test sets REQUIRE_POSTGRES: there, no database is a failure, not a skip.
    it.skipIf(!required)('needs TEST_DATABASE_URL (npm test starts a PostgreSQL)', () => {
      throw new Error(
        'TEST_DATABASE_URL is not set: run the tests through scripts/with-postgres.sh, or point it at a database you can create schemas in',
      );
    });
  });
} else {
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  let schema = '';

  /** TEST_DATABASE_URL with this test's schema first on the search path. */
  const schemaUrl = (name = schema) => {
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${name}`);
    return withSchema.toString();
  };
  const newSchema = async () => {
    const name = `test_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE SCHEMA ${name}`);
    return name;
  };
  const dropSchema = (name: string) => admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);

  beforeAll(async () => {
    await admin.query('SELECT 1'); // fails the file at once, with the reason, if the database is not there
  });
  afterAll(() => admin.end());

  describeFeedbackStoreContract('PostgreSQL', {
    async setUp() {
      schema = await newSchema();
    },
    async tearDown() {
      await dropSchema(schema);
    },
    open: () => new PostgresFeedbackStore({ connectionString: schemaUrl() }),
    env: () => ({ DATABASE_URL: schemaUrl() }),
    latestVersion: latestVersion,
    appliedMigrations: async () =>
      Number(
        (await admin.query(`SELECT COUNT(*) AS n FROM ${schema}.schema_migrations`)).rows[0].n,
      ),
    columns: async (table) =>
      (
        await admin.query<{ column_name: string }>(
          'SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
          [schema, table],
        )
      ).rows.map((row) => row.column_name),
  });

  describe('PostgresFeedbackStore', () => {
    const stores: PostgresFeedbackStore[] = [];
    const schemas: string[] = [];
    afterEach(async () => {
      await Promise.all(stores.splice(0).map((s) => s.close()));
      await Promise.all(schemas.splice(0).map(dropSchema));
    });

    it('migrates once when many servers start at the same moment (advisory lock)', async () => {
      const name = await newSchema();
      schemas.push(name);
      for (let i = 0; i < 8; i++) {
        stores.push(new PostgresFeedbackStore({ connectionString: schemaUrl(name) }));
      }
      const versions = await Promise.all(stores.map((s) => s.schemaVersion()));
      expect(versions).toEqual(stores.map(() => latestVersion));
      const { rows } = await admin.query(`SELECT version FROM ${name}.schema_migrations`);
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
      await Promise.all(
        stores.map((s, i) => s.add({ page: '/faq', helpful: 'yes', reasons: [], comment: `${i}` })),
      );
      expect((await stores[0]!.summary()).total).toBe(stores.length);
    });

    /** Columns and indexes of a schema, as PostgreSQL describes them (without the schema's name). */
    const schemaOf = async (name: string) => ({
      columns: (
        await admin.query(
          `SELECT table_name, column_name, data_type, is_nullable, column_default, is_identity
           FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, column_name`,
          [name],
        )
      ).rows,
      indexes: (
        await admin.query(
          'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname',
          [name],
        )
      ).rows.map((row) => ({ ...row, indexdef: row.indexdef.replaceAll(`${name}.`, '') })),
      migrations: (
        await admin.query(`SELECT version, name FROM ${name}.schema_migrations ORDER BY version`)
      ).rows,
    });

    it('opens a database made before the shared schema, keeps its answers, and has the same schema as a new one', async () => {
      const old = await newSchema();
      const fresh = await newSchema();
      schemas.push(old, fresh);
      const client = new pg.Client({ connectionString: schemaUrl(old) });
      await client.connect();
      await client.query(`CREATE TABLE schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`);
      for (const migration of postgresMigrationsBefore) {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2, now())', [
          migration.version,
          migration.name,
        ]);
      }
      await client.query(
        `INSERT INTO feedback (ref, page, helpful, reasons, comment, created_at)
         VALUES ('old-ref', '/about', 'no', '["out-of-date"]', 'Kept', now())`,
      );
      await client.end();

      const store = new PostgresFeedbackStore({ connectionString: schemaUrl(old) });
      stores.push(store);
      expect(await store.schemaVersion()).toBe(latestVersion);
      expect(await store.latestComments(5)).toMatchObject([
        { page: '/about', helpful: 'no', reasons: ['out-of-date'], comment: 'Kept' },
      ]);
      await store.add({ page: '/faq', helpful: 'yes', reasons: [] });
      expect((await store.summary()).total).toBe(2);

      const created = new PostgresFeedbackStore({ connectionString: schemaUrl(fresh) });
      stores.push(created);
      await created.schemaVersion();
      expect(await schemaOf(old)).toEqual(await schemaOf(fresh));
    });

    it('answers StoreUnavailableError within seconds when nothing listens', async () => {
      const port = await freePort();
      const store = new PostgresFeedbackStore({
        connectionString: `postgres://postgres@127.0.0.1:${port}/nowhere`,
      });
      stores.push(store);
      const started = Date.now();
      await expect(store.add({ page: '/faq', helpful: 'yes', reasons: [] })).rejects.toThrow(
        StoreUnavailableError,
      );
      await expect(store.summary()).rejects.toThrow(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(postgresTimeouts.connectMs * 2);
    });

    it('gives up on an unreachable host after the connect timeout, not the OS default', async () => {
      // 192.0.2.0/24 is TEST-NET-1: never routed, so the connect attempt gets no answer at all.
      const store = new PostgresFeedbackStore({
        connectionString: 'postgres://postgres@192.0.2.1:5432/nowhere',
      });
      stores.push(store);
      const started = Date.now();
      await expect(store.schemaVersion()).rejects.toThrow(StoreUnavailableError);
      expect(Date.now() - started).toBeLessThan(postgresTimeouts.connectMs + 2_000);
    });

    it('tells an outage from a bug: syntax errors are not "unavailable"', async () => {
      const syntax = await admin.query('SELEC 1').catch((error: unknown) => error);
      expect(isUnavailable(syntax)).toBe(false);
      expect(
        isUnavailable(new TypeError("Cannot read properties of undefined (reading 'n')")),
      ).toBe(false);
      const missingDatabase = await new pg.Client({
        connectionString: Object.assign(new URL(url), { pathname: '/no_such_database' }).toString(),
      })
        .connect()
        .catch((error: unknown) => error);
      expect(isUnavailable(missingDatabase)).toBe(true);
      // Bugs with a code, or with words like "connection" or "timeout" in them, stay bugs (500).
      const invalidArgument = Object.assign(new TypeError('The "path" argument must be a string'), {
        code: 'ERR_INVALID_ARG_TYPE',
      });
      expect(isUnavailable(invalidArgument)).toBe(false);
      expect(isUnavailable(new Error('connection list is empty: bad config object'))).toBe(false);
      expect(isUnavailable(new RangeError('timeout must be a number'))).toBe(false);
      expect(isUnavailable(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(
        true,
      );
      expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    });

    it('shares one rate limit between app servers: N servers do not allow N times the limit', async () => {
      const name = await newSchema();
      const one = openFeedbackStore({ DATABASE_URL: schemaUrl(name) });
      const two = openFeedbackStore({ DATABASE_URL: schemaUrl(name) });
      const at = new Date('2026-05-01T10:00:10Z');
      try {
        const verdicts = [];
        for (let i = 0; i < 6; i++) {
          const store = i % 2 ? two : one;
          verdicts.push((await store.countClientHit!('feedback', '192.0.2.9', 4, at)).allowed);
        }
        expect(verdicts).toEqual([true, true, true, true, false, false]);
        expect(await one.countClientHit!('feedback', '192.0.2.10', 4, at)).toEqual({
          allowed: true,
        });
        expect(
          await two.countClientHit!('feedback', '192.0.2.9', 4, new Date('2026-05-01T10:01:00Z')),
        ).toEqual({
          allowed: true,
        });
        const stored = await admin.query(`SELECT client FROM ${name}.rate_limit_hits`);
        expect(JSON.stringify(stored.rows)).not.toContain('192.0.2');
      } finally {
        await one.close();
        await two.close();
        await dropSchema(name);
      }
    });

    it('is what openFeedbackStore gives for a postgres:// DATABASE_URL', async () => {
      const store = openFeedbackStore({ DATABASE_URL: url });
      expect(store).toBeInstanceOf(PostgresFeedbackStore);
      await store.close();
      expect(() => openFeedbackStore({ DATABASE_URL: 'mysql://localhost/feedback' })).toThrow(
        StoreUnavailableError,
      );
    });
  });
}
