import { maxQueryLength, searchSite } from '@/lib/search';

export const dynamic = 'force-dynamic';

/** GET /api/search?q=TEXT&limit=N → results best first (see PRODUCT.md). */
export function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = (params.get('q') ?? '').trim();
  const limitParam = params.get('limit');
  const limit = limitParam === null ? 10 : Number(limitParam);
  const headers = { 'Cache-Control': 'no-store' };
  if (query.length > maxQueryLength) {
    return Response.json(
      { error: `q must be at most ${maxQueryLength} characters` },
      { status: 400, headers },
    );
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
    return Response.json(
      { error: 'limit must be a whole number from 1 to 50' },
      { status: 400, headers },
    );
  }
  const results = query
    ? searchSite(query, limit).map(({ title, url, type, snippet }) => ({
        title,
        url,
        type,
        snippet,
      }))
    : [];
  return Response.json({ query, results }, { headers });
}
