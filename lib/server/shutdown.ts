/** How long a stopping server waits for requests in flight before it closes anyway. */
export const shutdownTimeoutMs = 10_000;

/**
 * Feedback stores are opened inside Next's bundles (instrumentation and route handlers each have
 * their own module instance, so one process can hold more than one), out of server.ts's reach:
 * each registers its close function here, on the process, for server.ts to call on SIGTERM.
 */
const key = Symbol.for('iop-guide.close-feedback-stores');
type Holder = { [key]?: Set<() => Promise<void>> };

export function registerFeedbackStoreClose(close: () => Promise<void>): void {
  ((globalThis as Holder)[key] ??= new Set()).add(close);
}

/** Closes every feedback store this process opened; the number closed. */
export async function closeFeedbackStores(): Promise<number> {
  const closers = [...((globalThis as Holder)[key] ?? [])];
  await Promise.all(closers.map((close) => close()));
  return closers.length;
}
