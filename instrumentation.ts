/** Runs once when a server process starts (not during the build): migrate the feedback store. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { migrateFeedbackStoreOnStart, refuseBadAdminToken } = await import('./lib/feedback/start');
  refuseBadAdminToken();
  await migrateFeedbackStoreOnStart();
}
