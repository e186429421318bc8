import { adminDenied, checkAdminRequest } from '@/lib/feedback/auth';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { unavailable } from '@/lib/feedback/handlers';
import { errorResponse } from '@/lib/feedback/http';
import { getFeedbackStore } from '@/lib/feedback/store';
import { langs } from '@/lib/i18n/lang';
import { unansweredSearchesCsv } from '@/lib/search-gaps/csv';
import { unansweredSearches } from '@/lib/search-gaps/report';

export const dynamic = 'force-dynamic';

/**
 * The dashboard's searches that found nothing as CSV, both editions: the same rows the editors
 * see (last 4 weeks, k-anonymity floor), never fewer-searched ones. Checked here too, not only in
 * proxy.ts.
 */
export async function GET(request: Request) {
  const auth = checkAdminRequest(request.headers);
  if (auth !== 'ok') return adminDenied(auth);
  let csv: string;
  try {
    const store = getFeedbackStore();
    const rows = await Promise.all(langs.map((lang) => unansweredSearches(store, lang)));
    csv = unansweredSearchesCsv(rows.flat());
  } catch (error) {
    if (error instanceof StoreUnavailableError) return errorResponse(unavailable(error), request);
    throw error;
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="unanswered-searches-${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
