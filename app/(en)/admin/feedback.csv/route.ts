import { adminDenied, checkAdminRequest } from '@/lib/feedback/auth';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { unavailable } from '@/lib/feedback/handlers';
import { errorResponse } from '@/lib/feedback/http';
import { getFeedbackStore } from '@/lib/feedback/store';
import { feedbackCsv } from '@/lib/feedback/report-format';

export const dynamic = 'force-dynamic';

/** Every answer as CSV for editors (checked here too, not only in proxy.ts). */
export async function GET(request: Request) {
  const auth = checkAdminRequest(request.headers);
  if (auth !== 'ok') return adminDenied(auth);
  let csv: string;
  try {
    csv = feedbackCsv(await getFeedbackStore().allFeedback());
  } catch (error) {
    if (error instanceof StoreUnavailableError) return errorResponse(unavailable(error), request);
    throw error;
  }
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
