import { adminDenied, checkAdmin } from '@/lib/feedback/auth';
import { getFeedbackStore } from '@/lib/feedback/store';
import { feedbackCsv } from '@/lib/feedback/summary';

export const dynamic = 'force-dynamic';

/** Every answer as CSV for editors (checked here too, not only in proxy.ts). */
export async function GET(request: Request) {
  const auth = checkAdmin(request.headers.get('authorization'));
  if (auth !== 'ok') return adminDenied(auth);
  const csv = feedbackCsv(await getFeedbackStore().allFeedback());
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
