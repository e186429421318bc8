import { test, expect } from '@playwright/test';
import { bearer, someArticlePaths } from './support/feedback';

/** What a CDN in front of several app servers may do with each kind of response. */
const cdnPage = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

test.describe('cache headers for a CDN', () => {
  test('prerendered pages may be kept by a CDN for 5 minutes and served stale while it refreshes', async ({
    request,
  }) => {
    const [article] = await someArticlePaths(request);
    for (const path of [
      '/',
      article!,
      '/faq',
      '/about',
      '/helpline',
      '/people/editorial-team',
      '/sitemap.xml',
      '/robots.txt',
    ]) {
      await test.step(path, async () => {
        const response = await request.get(path);
        expect(response.status()).toBe(200);
        expect(response.headers()['cache-control']).toBe(cdnPage);
      });
    }
  });

  test('Next compresses what it serves: pages, search results, scripts', async ({ request }) => {
    const [article] = await someArticlePaths(request);
    const html = await (await request.get('/')).text();
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    for (const path of ['/', article!, '/search?q=cost', '/es/buscar?q=costo', script!]) {
      await test.step(path, async () => {
        const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
        expect(response.status()).toBe(200);
        expect(response.headers()['content-encoding']).toBe('gzip');
        expect(response.headers()['vary']).toMatch(/accept-encoding/i);
      });
    }
  });

  test("Next's hashed assets are immutable for a year", async ({ request }) => {
    const html = await (await request.get('/')).text();
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script, 'the home page loads a script from /_next/static').toBeTruthy();
    const response = await request.get(script!);
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('APIs are never cached, whatever they answer', async ({ request }) => {
    const json = { 'Content-Type': 'application/json' };
    const responses = {
      'GET /api/search': await request.get('/api/search?q=cost'),
      'GET /api/search 400': await request.get(`/api/search?q=${'a'.repeat(201)}`),
      'POST /api/feedback 201': await request.post('/api/feedback', {
        headers: json,
        data: JSON.stringify({ page: '/faq', helpful: 'yes', website: '' }),
      }),
      'POST /api/feedback 400': await request.post('/api/feedback', {
        headers: json,
        data: JSON.stringify({ page: '/nowhere', helpful: 'yes' }),
      }),
      'GET /api/feedback 405': await request.get('/api/feedback'),
      'GET /api/feedback/summary 200': await request.get('/api/feedback/summary', {
        headers: bearer(),
      }),
      'GET /api/feedback/summary 401': await request.get('/api/feedback/summary'),
      'POST /api/helpline-tap 204': await request.post('/api/helpline-tap', {
        headers: json,
        data: JSON.stringify({ page: '/', kind: 'helpline' }),
      }),
    };
    for (const [name, response] of Object.entries(responses)) {
      expect(response.headers()['cache-control'], name).toBe('no-store');
    }
  });

  test('per-request pages are never kept by a shared cache', async ({ request }) => {
    for (const [path, headers] of [
      ['/search?q=cost', {}],
      ['/feedback/thanks?page=%2Ffaq&helpful=yes', {}],
      ['/admin/feedback', bearer()],
      ['/admin/feedback.csv', bearer()],
    ] as const) {
      const response = await request.get(path, { headers });
      expect(response.status(), path).toBe(200);
      const cacheControl = response.headers()['cache-control'] ?? '';
      expect(cacheControl, path).toContain('no-store');
      expect(cacheControl, path).not.toContain('public');
    }
  });
});
