import { after } from 'next/server';
import { detectCrisis } from '@/lib/crisis/detect';
import { isLang, langs } from '@/lib/i18n/lang';
import { faqCount, maxQueryLength, searchSite } from '@/lib/search';
import { recordUnansweredSearch } from '@/lib/search-gaps/record';

export const dynamic = 'force-dynamic';

/**
 * GET /api/search?q=TEXT&limit=N&lang=en|es → results best first (see PRODUCT.md), in that
 * edition with its URLs (default `en`). `type=faq` searches only the FAQ's questions (the FAQ
 * pages' filters ask this way); its default and largest limit is the number of questions, so the
 * filter always learns of every match. `crisis` is true when the query reads as suicide, self-harm
 * or an overdose now (lib/crisis), `crisisKinds` says which.
 */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = (params.get('q') ?? '').trim();
  const type = params.get('type');
  const lang = params.get('lang') ?? 'en';
  const headers = { 'Cache-Control': 'no-store' };
  if (!isLang(lang)) {
    return Response.json(
      {
        error: `lang must be one of ${langs.map((l) => `"${l}"`).join(', ')} or left out (English)`,
      },
      { status: 400, headers },
    );
  }
  if (type !== null && type !== 'faq') {
    return Response.json({ error: 'type must be "faq" or left out' }, { status: 400, headers });
  }
  const maxLimit = type === 'faq' ? Math.max(1, faqCount(lang)) : 50;
  const limitParam = params.get('limit');
  const limit = limitParam === null ? (type === 'faq' ? maxLimit : 10) : Number(limitParam);
  if (query.length > maxQueryLength) {
    return Response.json(
      { error: `q must be at most ${maxQueryLength} characters` },
      { status: 400, headers },
    );
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    return Response.json(
      { error: `limit must be a whole number from 1 to ${maxLimit}` },
      { status: 400, headers },
    );
  }
  const results = query
    ? searchSite(query, { lang, limit, type: type ?? undefined }).map(
        ({ title, url, type: kind, snippet, titleParts, inTitle }) =>
          // The FAQ filter lists questions with their matched words marked, and those whose own
          // words match first.
          type === 'faq'
            ? { title, url, type: kind, snippet, titleParts, inTitle }
            : { title, url, type: kind, snippet },
      )
    : [];
  // A search that found nothing is counted after the answer (lib/search-gaps screens what is
  // kept). The FAQ filter asks as the reader types: it reports a miss itself, once they pause.
  if (type === null && query && results.length === 0) {
    after(() => recordUnansweredSearch(query, lang, request.headers));
  }
  // Computed, never kept: the crisis detector logs and stores nothing.
  const crisisKinds = detectCrisis(query);
  return Response.json(
    { query, crisis: crisisKinds.length > 0, crisisKinds, results },
    { headers },
  );
}
