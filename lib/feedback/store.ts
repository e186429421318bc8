import path from 'node:path';
import { StoreUnavailableError } from './errors';
import { PostgresFeedbackStore, poolSizeFromEnv } from './postgres-store';
import { SqliteFeedbackStore } from './sqlite-store';
import type { FeedbackStore } from './types';

export type * from './types';

/** The SQLite file: FEEDBACK_DB_PATH, or data/feedback.sqlite in the working directory. */
export function feedbackDbPath(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.FEEDBACK_DB_PATH || 'data/feedback.sqlite');
}

/** Where feedback goes, for logs and reports: "PostgreSQL (host/db)" or the SQLite file. */
export function describeFeedbackStore(env: Record<string, string | undefined> = process.env) {
  if (!env.DATABASE_URL) return `SQLite ${feedbackDbPath(env)}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL ${url.host}${url.pathname}`; // never the password
  } catch {
    return 'PostgreSQL (DATABASE_URL is not a valid URL)';
  }
}

/** Opens the store the environment asks for: PostgreSQL when DATABASE_URL is set, else SQLite. */
export function openFeedbackStore(
  env: Record<string, string | undefined> = process.env,
): FeedbackStore {
  const url = env.DATABASE_URL;
  if (url) {
    // Never fall back to a local file the other app servers would not see.
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new StoreUnavailableError(
        'DATABASE_URL must be a postgres:// or postgresql:// URL (unset it to use SQLite)',
      );
    }
    return new PostgresFeedbackStore({
      connectionString: url,
      maxConnections: poolSizeFromEnv(env),
    });
  }
  return new SqliteFeedbackStore(feedbackDbPath(env));
}

/**
 * Runs `work` with a store of its own, closed after: for code outside the route handlers' module
 * graph (instrumentation.ts, the editors' page). Next bundles those separately, each with its own
 * copy of this module, so getFeedbackStore there would open a second long-lived store; this keeps
 * the process to one (plus, for PostgreSQL, this one connection while `work` runs).
 */
export async function withOwnFeedbackStore<T>(
  work: (store: FeedbackStore) => Promise<T>,
  env: Record<string, string | undefined> = process.env,
): Promise<T> {
  const store = openFeedbackStore({ ...env, DATABASE_POOL_MAX: '1' });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

let store: FeedbackStore | undefined;
let failed: { error: StoreUnavailableError; at: number } | undefined;

/** After a store fails to open, requests get the same 503 for this long before it is tried again. */
export const reopenAfterMs = 5_000;

/**
 * The process's feedback store for the route handlers, opened (and migrated) on first use and
 * closed as the process exits. A store that failed to open is not opened again on every request:
 * the same error is thrown for reopenAfterMs.
 */
export function getFeedbackStore(now = Date.now()): FeedbackStore {
  if (!store) {
    if (failed && now - failed.at < reopenAfterMs) throw failed.error;
    try {
      const opened = openFeedbackStore();
      process.once('exit', () => opened.closeOnExit?.());
      store = opened;
      failed = undefined;
    } catch (error) {
      if (error instanceof StoreUnavailableError) failed = { error, at: now };
      throw error;
    }
  }
  return store;
}
