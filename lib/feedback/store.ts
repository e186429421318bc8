import path from 'node:path';
import { registerFeedbackStoreClose } from '../server/shutdown';
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

let store: FeedbackStore | undefined;

/** The process-wide feedback store, opened (and migrated) on first use. */
export function getFeedbackStore(): FeedbackStore {
  if (!store) {
    const opened = openFeedbackStore();
    store = opened;
    registerFeedbackStoreClose(() => opened.close());
  }
  return store;
}
