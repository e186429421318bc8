import { noStore } from '@/lib/feedback/http';

export const dynamic = 'force-dynamic';

/** GET /api/health: the process is serving (touches no store). For load balancers' liveness checks. */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: noStore });
}
