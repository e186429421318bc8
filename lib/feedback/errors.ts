/** The feedback database cannot be reached right now (down, restarting, unreachable, misconfigured). */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** Seconds a client is asked to wait (Retry-After) while the feedback database is unavailable. */
export const storeRetryAfterSeconds = 30;
