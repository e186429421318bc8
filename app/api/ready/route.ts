import { noStore } from '@/lib/feedback/http';
import { checkReadiness, notReadyRetryAfterSeconds, readyTimeoutMs } from '@/lib/readiness';

export const dynamic = 'force-dynamic';

/**
 * GET /api/ready: 200 when the feedback store answers a trivial query within a second, else 503
 * with Retry-After. Names the kind of store, never where it is.
 */
export async function GET() {
  const result = await checkReadiness();
  if (result.ready) {
    return Response.json({ status: 'ready', store: result.store }, { headers: noStore });
  }
  return Response.json(
    {
      status: 'unavailable',
      store: result.store,
      error:
        result.reason === 'timeout'
          ? `The ${result.store} feedback store did not answer within ${readyTimeoutMs} ms`
          : `The ${result.store} feedback store cannot be reached`,
    },
    {
      status: 503,
      headers: { ...noStore, 'Retry-After': String(notReadyRetryAfterSeconds) },
    },
  );
}
