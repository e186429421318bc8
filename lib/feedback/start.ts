import { adminTokenProblem } from './admin-token';
import { describeFeedbackStore, getFeedbackStore } from './store';

/** Stops a process started without server.ts (`next start`, `next dev`) on a too-short admin token. */
export function refuseBadAdminToken(): void {
  const problem = adminTokenProblem();
  if (!problem) return;
  console.error(`server: ${problem}`);
  process.exit(1);
}

/**
 * Opens the feedback store and applies pending migrations as the server starts (PostgreSQL:
 * under an advisory lock, so servers starting together take turns). If the database is down,
 * the site starts anyway: pages do not need it, and the store migrates on first use.
 */
export async function migrateFeedbackStoreOnStart(): Promise<void> {
  const where = describeFeedbackStore();
  try {
    const version = await getFeedbackStore().schemaVersion();
    console.log(`feedback store: ${where}, schema version ${version}`);
  } catch (error) {
    console.error(
      `feedback store: ${where} is unavailable at start-up (${(error as Error).message}); feedback answers 503 until it is back, then migrates on first use`,
    );
  }
}
