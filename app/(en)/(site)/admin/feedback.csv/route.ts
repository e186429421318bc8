import { adminDenied, checkAdmin } from '@/lib/feedback/auth';
import { feedbackCsvStream } from '@/lib/feedback/csv';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { unavailable } from '@/lib/feedback/handlers';
import { errorResponse, noStore } from '@/lib/feedback/http';
import { parseLangFilter } from '@/lib/feedback/lang-filter';
import { getFeedbackStore } from '@/lib/feedback/store';

export const dynamic = 'force-dynamic';

/**
 * Every answer as CSV for editors, streamed (proxy.ts asks for the token and counts wrong ones;
 * checked again here).
 * `?lang=en|es` keeps one edition's pages.
 */
export async function GET(request: Request) {
  const auth = checkAdmin(request.headers.get('authorization'));
  if (auth !== 'ok') return adminDenied(auth);
  const filter = parseLangFilter(new URL(request.url).searchParams.get('lang'));
  if (!filter.ok) return Response.json({ error: filter.error }, { status: 400, headers: noStore });
  let body: ReadableStream<Uint8Array>;
  try {
    body = await feedbackCsvStream(getFeedbackStore().feedbackRows({ lang: filter.lang }));
  } catch (error) {
    if (error instanceof StoreUnavailableError) return errorResponse(unavailable(error), request);
    throw error;
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="feedback-${filter.lang ? `${filter.lang}-` : ''}${day}.csv"`,
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex, nofollow',
    },
  });
}
