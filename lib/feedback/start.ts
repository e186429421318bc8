import { adminTokenProblem } from './admin-token';
import { describeFeedbackStore, withOwnFeedbackStore } from './store';

/** Stops the server (`npm start`, `next start`, `next dev`) on a too-short admin token, saying why. */
export function refuseBadAdminToken(): void {
  const problem = adminTokenProblem();
  if (!problem) return;
  console.error(`server: ${problem}`);
  process.exit(1);
}

/**
 * Applies pending migrations as the server starts, with a store of its own that it then closes
 * (PostgreSQL: under an advisory lock, so servers starting together take turns). If the database
 * is down, the site starts anyway: pages do not need it, and the store migrates on first use.
 */
export async function migrateFeedbackStoreOnStart(): Promise<void> {
  const where = describeFeedbackStore();
  try {
    const version = await withOwnFeedbackStore((store) => store.schemaVersion());
    console.log(`feedback store: ${where}, schema version ${version}`);
  } catch (error) {
    console.error(
      `feedback store: ${where} is unavailable at start-up (${(error as Error).message}); feedback answers 503 until it is back, then migrates on first use`,
    );
  }
}
