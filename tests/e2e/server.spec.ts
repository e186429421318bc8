/**
 * The production front (server.ts): client addresses from the connection, the admin token check
 * at start, SQLite faults as 503, and a graceful SIGTERM. HTTP only; each test starts its own server.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { test, expect } from '@playwright/test';
import { startNextServer, stopNextServer, type NextServer } from '../../scripts/next-server';

const token = 'server-spec-token-long-enough-to-be-accepted';

// Each test starts a server of its own on a free port; in order, so two are never up at once.
test.describe.configure({ mode: 'default' });

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'server-e2e-'));
}

/** One POST from a chosen local address (127.0.0.1 and 127.0.0.2 both reach a server on 127.0.0.1). */
function postFrom(
  server: NextServer,
  localAddress: string,
  body: unknown,
  headers: Record<string, string> = {},
  target = '/api/feedback',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: target,
        method: 'POST',
        localAddress,
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(data),
          ...headers,
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: text }),
        );
      },
    );
    request.on('error', reject);
    request.end(data);
  });
}

const answer = { page: '/about', helpful: 'yes', website: '' };

test.describe('client addresses', () => {
  test('a client is limited by its connection address: a new X-Forwarded-For on each post does not help, and 127.0.0.1 and 127.0.0.2 are limited separately', async () => {
    const dir = tempDir();
    const server = await startNextServer({
      FEEDBACK_DB_PATH: path.join(dir, 'feedback.sqlite'),
      FEEDBACK_RATE_LIMIT_PER_MINUTE: '3',
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const forged = {
          'X-Forwarded-For': `203.0.113.${i}`,
          'X-Real-IP': `198.51.100.${i}`,
          'X-IOP-Client-Address': `192.0.2.${i}`,
        };
        statuses.push((await postFrom(server, '127.0.0.1', answer, forged)).status);
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const other = await postFrom(server, '127.0.0.2', answer);
      expect(other.status).toBe(201);
      const limited = await postFrom(server, '127.0.0.1', answer);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(JSON.parse(limited.body).error).toMatch(/Too many posts/);
    } finally {
      await stopNextServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('with TRUST_PROXY_HOPS=1 the address the proxy appended is the client', async () => {
    const dir = tempDir();
    const server = await startNextServer({
      FEEDBACK_DB_PATH: path.join(dir, 'feedback.sqlite'),
      FEEDBACK_RATE_LIMIT_PER_MINUTE: '2',
      TRUST_PROXY_HOPS: '1',
    });
    try {
      const via = (client: string, spoof: string) => ({ 'X-Forwarded-For': `${spoof}, ${client}` });
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push(
          (await postFrom(server, '127.0.0.1', answer, via('198.51.100.1', `10.0.0.${i}`))).status,
        );
      expect(statuses).toEqual([201, 201, 429]);
      expect(
        (await postFrom(server, '127.0.0.1', answer, via('198.51.100.2', '10.0.0.9'))).status,
      ).toBe(201);
    } finally {
      await stopNextServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('start-up checks', () => {
  test('refuses a FEEDBACK_ADMIN_TOKEN shorter than 32 characters, saying why', async () => {
    const dir = tempDir();
    try {
      await expect(
        startNextServer(
          {
            FEEDBACK_DB_PATH: path.join(dir, 'feedback.sqlite'),
            FEEDBACK_ADMIN_TOKEN: 'short-token',
          },
          { timeoutMs: 30_000 },
        ),
      ).rejects.toThrow(/FEEDBACK_ADMIN_TOKEN must be at least 32 characters/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('SQLite faults', () => {
  test('a FEEDBACK_DB_PATH under a file: pages render, feedback answers 503 with Retry-After, again and again', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'a-file'), 'not a folder');
    const server = await startNextServer({
      FEEDBACK_DB_PATH: path.join(dir, 'a-file', 'feedback.sqlite'),
      FEEDBACK_ADMIN_TOKEN: token,
    });
    try {
      expect((await fetch(`${server.url}/about`)).status).toBe(200);
      for (let i = 0; i < 3; i++) {
        const response = await postFrom(server, '127.0.0.1', answer);
        expect(response.status).toBe(503);
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(JSON.parse(response.body).error).toMatch(/cannot be saved right now/);
      }
      const tap = await postFrom(
        server,
        '127.0.0.1',
        { page: '/about', kind: 'helpline' },
        {},
        '/api/helpline-tap',
      );
      expect(tap.status).toBe(503);
      const summary = await fetch(`${server.url}/api/feedback/summary`, {
        headers: { Authorization: `Bearer ${token}` },
      });
      expect(summary.status).toBe(503);
    } finally {
      await stopNextServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

test.describe('shutdown', () => {
  test('SIGTERM under load: stops accepting, finishes posts in flight, and every acknowledged post is stored', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'feedback.sqlite');
    const env = {
      FEEDBACK_DB_PATH: file,
      FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
      FEEDBACK_PROCESS_LIMIT_PER_MINUTE: '0',
    };
    const server = await startNextServer(env);
    const acknowledged: string[] = [];
    let refused = 0;
    let sent = 0;
    let stopping: Promise<void> | undefined;
    const worker = async () => {
      while (sent < 2000) {
        sent++;
        try {
          const response = await postFrom(server, '127.0.0.1', answer);
          if (response.status === 201) acknowledged.push(JSON.parse(response.body).ref);
          else refused++;
          if (acknowledged.length === 200 && !stopping)
            stopping = stopNextServer(server, 'SIGTERM');
        } catch {
          refused++; // not accepted: the server had stopped listening
          if (stopping) break;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    await stopping;
    expect(server.process.exitCode, server.output()).toBe(0);
    expect(server.output()).toMatch(/SIGTERM/);
    expect(server.output()).toMatch(/server: stopped/);
    expect(acknowledged.length).toBeGreaterThanOrEqual(200);
    const db = new Database(file, { readonly: true });
    try {
      const find = db.prepare('SELECT 1 FROM feedback WHERE ref = ?').pluck();
      const missing = acknowledged.filter((ref) => find.get(ref) === undefined);
      expect(missing).toEqual([]);
      // Closed cleanly: the WAL was checkpointed into the main file.
      expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(refused).toBeGreaterThan(0);
  });
});
