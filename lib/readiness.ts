import { StoreUnavailableError } from './feedback/errors';
import { getFeedbackStore } from './feedback/store';

/** The kind of store the environment configures, as /api/ready names it (never its address). */
export type StoreKind = 'postgresql' | 'sqlite';

export const storeKind = (env: Record<string, string | undefined> = process.env): StoreKind =>
  env.DATABASE_URL ? 'postgresql' : 'sqlite';

/** How long the store has to answer before the server reports itself not ready. */
export const readyTimeoutMs = 1000;

/** What a load balancer is asked to wait before asking again, when not ready. */
export const notReadyRetryAfterSeconds = 5;

export type Readiness =
  | { ready: true; store: StoreKind }
  | { ready: false; store: StoreKind; reason: 'unavailable' | 'timeout' };

let lastLogged = 0;

/** Whether the configured feedback store answers a trivial query within readyTimeoutMs. */
export async function checkReadiness(timeoutMs = readyTimeoutMs): Promise<Readiness> {
  const store = storeKind();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const answer = await Promise.race([
      getFeedbackStore()
        .ping()
        .then(() => 'ok' as const),
      timedOut,
    ]);
    if (answer === 'ok') return { ready: true, store };
    return { ready: false, store, reason: 'timeout' };
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    if (Date.now() - lastLogged > 10_000) {
      lastLogged = Date.now();
      console.error(`ready check: feedback store unavailable (${error.message})`);
    }
    return { ready: false, store, reason: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
