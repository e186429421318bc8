/**
 * The feedback database, declared once for SQLite and PostgreSQL: tables and indexes as data, in
 * one ordered list of migrations, rendered to each dialect's SQL. Both stores apply this list (and
 * record each version in `schema_migrations`), so the two schemas cannot drift apart.
 *
 * To add a table: append a migration with the next version, e.g.
 *   { version: 4, name: 'unanswered searches', steps: [createTable('search_misses', { … }), index(…)] }
 * Never edit a migration that has shipped: databases out there have already applied it.
 */

export type Dialect = 'sqlite' | 'postgres';

/** Column types, each with its SQL in both dialects. */
const columnTypes = {
  /** The row id: SQLite's rowid alias, PostgreSQL's identity column. */
  id: {
    sqlite: 'INTEGER PRIMARY KEY',
    postgres: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  },
  text: { sqlite: 'TEXT', postgres: 'TEXT' },
  integer: { sqlite: 'INTEGER', postgres: 'INTEGER' },
  /** A JSON value: text in SQLite (read with json_each), JSONB in PostgreSQL. */
  json: { sqlite: 'TEXT', postgres: 'JSONB' },
  /** A moment: ISO 8601 text in SQLite (sorts as time does), TIMESTAMPTZ in PostgreSQL. */
  timestamp: { sqlite: 'TEXT', postgres: 'TIMESTAMPTZ' },
} as const satisfies Record<string, Record<Dialect, string>>;

export interface Column {
  type: keyof typeof columnTypes;
  notNull?: boolean;
  unique?: boolean;
  primaryKey?: boolean;
  /** An SQL literal both dialects read the same way, e.g. `'[]'`. */
  default?: string;
  /** An SQL condition both dialects read the same way. */
  check?: string;
}

type Step =
  | { kind: 'createTable'; table: string; columns: Record<string, Column>; primaryKey?: string[] }
  | { kind: 'addColumn'; table: string; column: string; definition: Column }
  | {
      kind: 'createIndex';
      name: string;
      table: string;
      columns: string[];
      unique?: boolean;
      where?: string;
    };

export interface Migration {
  version: number;
  name: string;
  steps: Step[];
}

const createTable = (
  table: string,
  columns: Record<string, Column>,
  options: { primaryKey?: string[] } = {},
): Step => ({ kind: 'createTable', table, columns, ...options });

const addColumn = (table: string, column: string, definition: Column): Step => ({
  kind: 'addColumn',
  table,
  column,
  definition,
});

const index = (
  name: string,
  table: string,
  columns: string[],
  options: { unique?: boolean; where?: string } = {},
): Step => ({ kind: 'createIndex', name, table, columns, ...options });

/** Schema versions, applied in order, each exactly once. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'feedback and helpline taps',
    steps: [
      createTable('feedback', {
        id: { type: 'id' },
        ref: { type: 'text', notNull: true, unique: true },
        page: { type: 'text', notNull: true },
        helpful: { type: 'text', notNull: true, check: "helpful IN ('yes', 'no')" },
        reasons: { type: 'json', notNull: true, default: "'[]'" },
        comment: { type: 'text' },
        created_at: { type: 'timestamp', notNull: true },
        updated_at: { type: 'timestamp' },
      }),
      index('feedback_page', 'feedback', ['page']),
      index('feedback_created_at', 'feedback', ['created_at']),
      createTable('helpline_taps', {
        id: { type: 'id' },
        page: { type: 'text', notNull: true },
        kind: { type: 'text', notNull: true },
        created_at: { type: 'timestamp', notNull: true },
      }),
      index('helpline_taps_page', 'helpline_taps', ['page']),
    ],
  },
  {
    // Used by the PostgreSQL store (app servers share one limit); the SQLite store, one process,
    // counts in memory and leaves these tables empty.
    version: 2,
    name: 'rate limit shared by app servers',
    steps: [
      createTable(
        'rate_limit_hits',
        {
          client: { type: 'text', notNull: true },
          window_start: { type: 'timestamp', notNull: true },
          hits: { type: 'integer', notNull: true },
        },
        { primaryKey: ['client', 'window_start'] },
      ),
      index('rate_limit_hits_window', 'rate_limit_hits', ['window_start']),
      createTable('rate_limit_salt', {
        id: { type: 'integer', primaryKey: true, check: 'id = 1' },
        salt: { type: 'text', notNull: true },
      }),
    ],
  },
  {
    version: 3,
    name: 'one-time follow-up tokens',
    steps: [
      addColumn('feedback', 'followup_hash', { type: 'text' }),
      index('feedback_followup', 'feedback', ['followup_hash'], {
        unique: true,
        where: 'followup_hash IS NOT NULL',
      }),
    ],
  },
  {
    // Searches that found nothing: a count per ISO week ("2026-W49"), edition and normalised
    // query (lib/search-gaps). No time of day, no address, no header: nothing else to keep.
    version: 4,
    name: 'unanswered searches',
    steps: [
      createTable(
        'search_misses',
        {
          week: { type: 'text', notNull: true },
          lang: { type: 'text', notNull: true, check: "lang IN ('en', 'es')" },
          query: { type: 'text', notNull: true },
          searches: { type: 'integer', notNull: true },
        },
        { primaryKey: ['week', 'lang', 'query'] },
      ),
      index('search_misses_lang_query', 'search_misses', ['lang', 'query']),
    ],
  },
];

/** The latest schema version. */
export const latestVersion = migrations.at(-1)?.version ?? 0;

/** Where each store records the migrations it applied (created before the first migration runs). */
export const migrationsTable = {
  table: 'schema_migrations',
  columns: {
    version: { type: 'integer', primaryKey: true },
    name: { type: 'text', notNull: true },
    applied_at: { type: 'timestamp', notNull: true },
  },
} as const satisfies { table: string; columns: Record<string, Column> };

function columnSql(name: string, column: Column, dialect: Dialect): string {
  return [
    name,
    columnTypes[column.type][dialect],
    column.primaryKey && 'PRIMARY KEY',
    column.notNull && 'NOT NULL',
    column.unique && 'UNIQUE',
    column.default !== undefined && `DEFAULT ${column.default}`,
    column.check && `CHECK (${column.check})`,
  ]
    .filter(Boolean)
    .join(' ');
}

/** `CREATE TABLE` for a table of the schema (`IF NOT EXISTS` on request). */
export function createTableSql(
  table: string,
  columns: Record<string, Column>,
  dialect: Dialect,
  { primaryKey, ifNotExists = false }: { primaryKey?: string[]; ifNotExists?: boolean } = {},
): string {
  const lines = Object.entries(columns).map(([name, column]) => columnSql(name, column, dialect));
  if (primaryKey) lines.push(`PRIMARY KEY (${primaryKey.join(', ')})`);
  return `CREATE TABLE ${ifNotExists ? 'IF NOT EXISTS ' : ''}${table} (\n  ${lines.join(',\n  ')}\n)`;
}

function stepSql(step: Step, dialect: Dialect): string {
  switch (step.kind) {
    case 'createTable':
      return createTableSql(step.table, step.columns, dialect, { primaryKey: step.primaryKey });
    case 'addColumn':
      return `ALTER TABLE ${step.table} ADD COLUMN ${columnSql(step.column, step.definition, dialect)}`;
    case 'createIndex':
      return (
        `CREATE ${step.unique ? 'UNIQUE ' : ''}INDEX ${step.name} ON ${step.table} (${step.columns.join(', ')})` +
        (step.where ? ` WHERE ${step.where}` : '')
      );
  }
}

/** One migration as a script of statements in the dialect's SQL. */
export function migrationSql(migration: Migration, dialect: Dialect): string {
  return migration.steps.map((step) => `${stepSql(step, dialect)};`).join('\n');
}
