/** Runs once when a server process starts (not during the build): migrate the feedback store. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // server.ts checks this before it starts; this catches `next start` and `next dev` too.
  const { adminTokenProblem } = await import('./lib/feedback/admin-token');
  const problem = adminTokenProblem();
  if (problem) {
    console.error(`server: ${problem}`);
    process.exit(1);
  }
  const { migrateFeedbackStoreOnStart } = await import('./lib/feedback/start');
  await migrateFeedbackStoreOnStart();
}
