import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** npm test sets REQUIRE_POSTGRES: there a missing PostgreSQL fails these tests instead of skipping them. */
export const postgresRequired = Boolean(process.env.REQUIRE_POSTGRES);

/** A port for a server a test starts: E2E_PORT plus an offset, so parallel runs stay apart. */
export const e2ePort = (offset: number) => Number(process.env.E2E_PORT ?? 3210) + offset;

/** True when Debian's PostgreSQL server binaries are installed (scripts/setup.sh --postgres). */
export function postgresInstalled(): boolean {
  const root = '/usr/lib/postgresql';
  return (
    fs.existsSync(root) &&
    fs.readdirSync(root).some((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
  );
}

/** A throwaway cluster of this test's own (scripts/pg-cluster.sh), so stopping it harms nobody. */
export class ThrowawayCluster {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-pg-test-'));
  readonly url: string;

  constructor(readonly port: number) {
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    this.cluster('init');
  }

  private cluster(command: 'init' | 'start' | 'stop') {
    const args = ['scripts/pg-cluster.sh', command, this.dir];
    if (command === 'start') args.push(String(this.port));
    execFileSync('bash', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  }

  start() {
    this.cluster('start');
  }

  /** pg_ctl stop -m fast: every client is disconnected at once. */
  stop() {
    this.cluster('stop');
  }

  /** Stops the cluster if it runs and deletes its files. */
  remove() {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A new, empty database on the server TEST_DATABASE_URL names; drop() removes it again. */
export async function createTestDatabase(serverUrl: string, label: string) {
  const name = `${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    /** Queries the test database with a connection of its own. */
    async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query<R>(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
