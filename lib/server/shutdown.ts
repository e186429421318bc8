/** How long a stopping server waits for requests in flight before it closes anyway. */
export const shutdownTimeoutMs = 10_000;

/**
 * The feedback store is opened inside Next's bundles, a different module instance from the one
 * server.ts would import, so the store registers its close function here, on the process.
 */
const key = Symbol.for('iop-guide.close-feedback-store');
type Holder = { [key]?: () => Promise<void> };

export function registerFeedbackStoreClose(close: () => Promise<void>): void {
  (globalThis as Holder)[key] = close;
}

export function closeFeedbackStoreHook(): (() => Promise<void>) | undefined {
  return (globalThis as Holder)[key];
}
