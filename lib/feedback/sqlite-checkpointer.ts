import { Worker } from 'node:worker_threads';

/** How often the checkpointer copies committed WAL pages into the database file. */
export const checkpointEveryMs = 200;

/**
 * The store's own connection checkpoints only when the WAL passes this many pages (about 40 MB):
 * a backstop should the checkpointer thread stop; normally the WAL stays far shorter.
 */
export const backstopCheckpointPages = 10_000;

/**
 * The thread's code, evaluated as CommonJS (so it needs no file of its own, whichever bundler
 * built the caller). PASSIVE never waits for, nor blocks, the writers.
 */
const source = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or gone: the next tick tries again */ }
}, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;

/**
 * Checkpoints an SQLite file in WAL mode from a thread of its own. A checkpoint syncs the WAL and
 * the database file to disk (fsync, tens of milliseconds on a busy disk); run by the connection
 * that commits, as SQLite does by default every 1000 pages, it stalled every request waiting on
 * the event loop. Commits themselves do not sync (synchronous=NORMAL), so a killed process still
 * keeps them: they are in the WAL, which the next connection reads.
 */
export class SqliteCheckpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(file: string) {
    this.worker = new Worker(source, {
      eval: true,
      workerData: { file, module: 'better-sqlite3', everyMs: checkpointEveryMs },
    });
    // A thread that fails leaves the backstop checkpoint to the store's own connection.
    this.worker.on('error', (error) =>
      console.error(`feedback store: the SQLite checkpoint thread stopped (${error.message})`),
    );
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    this.worker.unref();
  }

  /** Stops the thread (the store's connection checkpoints once more as it closes). */
  async close(): Promise<void> {
    this.worker.ref();
    this.worker.postMessage('stop');
    await this.exited;
  }
}
