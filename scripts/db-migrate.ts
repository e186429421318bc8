/**
 * `npm run db:migrate`: applies pending feedback-store migrations now, to the database the
 * environment names (DATABASE_URL, else FEEDBACK_DB_PATH), and prints the schema version.
 * Servers do the same at start-up; this is for a deploy step that wants it done first.
 */
import { describeFeedbackStore, openFeedbackStore } from '../lib/feedback/store';

async function main() {
  const store = openFeedbackStore();
  try {
    const version = await store.schemaVersion();
    console.log(`${describeFeedbackStore()}: schema version ${version}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
