import { after } from 'next/server';
import { asHttpError, guardedBody } from '../feedback/handlers';
import { HttpError, errorResponse, noStore } from '../feedback/http';
import { isLang, langs, type Lang } from '../i18n/lang';
import { maxQueryLength } from '../search/limits';
import { isUnanswered, recordUnansweredSearch } from './record';

/** The beacon's body: the words the reader typed and the edition. */
export function parseUnansweredBeacon(
  body: unknown,
): { ok: true; q: string; lang: Lang } | { ok: false; fields: Record<string, string> } {
  const { q, lang = 'en' } = (body ?? {}) as { q?: unknown; lang?: unknown };
  const fields: Record<string, string> = {};
  if (typeof q !== 'string' || q.trim() === '') fields.q = 'must be the words searched for';
  else if (q.length > maxQueryLength) fields.q = `must be at most ${maxQueryLength} characters`;
  if (!isLang(lang)) fields.lang = `must be one of: ${langs.join(', ')}`;
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, q: (q as string).trim(), lang: lang as Lang };
}

/**
 * POST /api/search/unanswered `{ "q": "...", "lang": "en" }` (JSON, or text/plain from
 * sendBeacon): the FAQ filter found nothing for these words. The server searches the whole
 * edition again and counts the words only if it finds nothing either, so a client can add no
 * more than a search of its own would. Passes the same guard as feedback (origin, rate limit,
 * type, size). Always 204 for a valid post: whether it was counted is nobody's business.
 */
export async function handleUnansweredBeacon(request: Request): Promise<Response> {
  try {
    const { body } = await guardedBody(request, 'search-unanswered', ['json', 'text'], 1024);
    const parsed = parseUnansweredBeacon(body);
    if (!parsed.ok) {
      throw new HttpError(
        400,
        `Invalid report: ${Object.entries(parsed.fields)
          .map(([field, message]) => `${field} ${message}`)
          .join('; ')}`,
        parsed.fields,
      );
    }
    if (isUnanswered(parsed.q, parsed.lang)) {
      const headers = new Headers(request.headers);
      after(() => recordUnansweredSearch(parsed.q, parsed.lang, headers));
    }
    return new Response(null, { status: 204, headers: noStore });
  } catch (error) {
    const http = asHttpError(error);
    if (http) return errorResponse(http, request);
    throw error;
  }
}
