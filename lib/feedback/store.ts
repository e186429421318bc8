import path from 'node:path';
import { SqliteFeedbackStore } from './sqlite-store';
import type { FeedbackStore } from './types';

export type * from './types';

/** The SQLite file: FEEDBACK_DB_PATH, or data/feedback.sqlite in the working directory. */
export function feedbackDbPath(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.FEEDBACK_DB_PATH || 'data/feedback.sqlite');
}

/** Opens the store the environment asks for: SQLite unless DATABASE_URL is set. */
export function openFeedbackStore(
  env: Record<string, string | undefined> = process.env,
): FeedbackStore {
  if (env.DATABASE_URL) {
    // Fail loudly rather than quietly write to a local file the other app servers never see.
    throw new Error(
      'DATABASE_URL is set, but the PostgreSQL feedback store is not built yet. Unset DATABASE_URL to use SQLite.',
    );
  }
  return new SqliteFeedbackStore(feedbackDbPath(env));
}

let store: FeedbackStore | undefined;

/** The process-wide feedback store, opened (and migrated) on first use. */
export function getFeedbackStore(): FeedbackStore {
  store ??= openFeedbackStore();
  return store;
}
