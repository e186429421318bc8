/** Throwaway PostgreSQL for tests and benchmarks: a cluster of its own, or a scratch database. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** True when Debian's PostgreSQL server binaries are installed (scripts/setup.sh --postgres). */
export function postgresInstalled(): boolean {
  const root = '/usr/lib/postgresql';
  return (
    fs.existsSync(root) &&
    fs.readdirSync(root).some((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
  );
}

/** A cluster of its own in a temporary directory (scripts/pg-cluster.sh): stopping it harms nobody. */
export class ThrowawayCluster {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iop-pg-test-'));
  readonly url: string;

  constructor(readonly port: number) {
    this.url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    this.cluster('init');
  }

  private cluster(command: 'init' | 'start' | 'stop') {
    const args = [path.join(import.meta.dirname, 'pg-cluster.sh'), command, this.dir];
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

/** A new, empty database on the server this URL names (needs CREATEDB); drop() removes it again. */
export async function createScratchDatabase(serverUrl: string, label: string) {
  const name = `${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    /** Queries the scratch database with a connection of its own. */
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
