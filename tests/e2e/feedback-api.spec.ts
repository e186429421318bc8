import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type APIRequestContext } from '@playwright/test';
import { startNextServer, stopNextServer, type NextServer } from '../../scripts/next-server';
import Database from 'better-sqlite3';
import { parseCsv } from '../unit/support/csv';
import {
  adminToken,
  bearer,
  countsFor,
  csvRows,
  storedRowWith,
  uniqueComment,
} from './support/feedback';

const json = (data: unknown) => ({
  headers: { 'Content-Type': 'application/json' },
  data: JSON.stringify(data),
});
const form = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const v of [value].flat()) body.append(key, v);
  }
  return {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    data: body.toString(),
    maxRedirects: 0,
  };
};

/**
 * A server of this worker's own, with its own database. Rate limits are tested in server.spec.ts,
 * from two client addresses; here every request comes from 127.0.0.1, so the limit is off.
 */
const test = base.extend<object, { isolated: NextServer & { dir: string } }>({
  isolated: [
    async ({}, use) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-e2e-'));
      const server = await startNextServer({
        FEEDBACK_DB_PATH: path.join(dir, 'feedback.sqlite'),
        FEEDBACK_ADMIN_TOKEN: 'isolated-token-long-enough-to-be-accepted',
        FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
      });
      await use({ ...server, dir });
      await stopNextServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

test.describe('POST /api/feedback', () => {
  test('201 with an opaque ref for a JSON answer, never cached, and counted', async ({
    request,
  }) => {
    const before = await countsFor(request, '/faq');
    const response = await request.post(
      '/api/feedback',
      json({ page: '/faq', helpful: 'yes', website: '' }),
    );
    expect(response.status()).toBe(201);
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({
      ok: true,
      ref: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
      crisis: false,
    });
    const after = await countsFor(request, '/faq');
    expect(after.yes).toBeGreaterThanOrEqual(before.yes + 1);
  });

  test('303 to the thank-you page for a form answer, which offers the follow-up', async ({
    request,
  }) => {
    const response = await request.post(
      '/api/feedback',
      form({ page: '/about', helpful: 'no', website: '' }),
    );
    expect(response.status()).toBe(303);
    const location = response.headers()['location']!;
    const url = new URL(location, 'http://x');
    expect(url.pathname).toBe('/feedback/thanks');
    expect(url.searchParams.get('page')).toBe('/about');
    expect(url.searchParams.get('helpful')).toBe('no');
    // No ref in the URL (access logs, history): a one-time token for the follow-up instead.
    expect(url.searchParams.has('ref')).toBe(false);
    expect(location).not.toMatch(/[?&]ref=/);
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const thanks = await (await request.get(location)).text();
    expect(thanks).toContain('Thank you for your feedback');
    expect(thanks).toContain('What was missing?');
    expect(thanks).toContain('noindex');
    expect(thanks).toContain(`name="token" value="${token}"`);

    const comment = uniqueComment('token follow-up');
    const details = await request.post(
      '/api/feedback',
      form({ page: '/about', token, reasons: 'out-of-date', comment }),
    );
    expect(details.status()).toBe(303);
    expect(details.headers()['location']).toContain('sent=details');
    expect((await storedRowWith(request, comment))?.reasons).toBe('out-of-date');
    // Spent: the same token cannot overwrite the comment.
    const again = await request.post(
      '/api/feedback',
      json({ page: '/about', token, comment: 'overwritten?' }),
    );
    expect(again.status()).toBe(422);
    expect((await again.json()).fields).toEqual({ token: expect.stringContaining('already used') });
  });

  test('a follow-up with the ref adds reasons and comment to the same answer', async ({
    request,
  }) => {
    const before = await countsFor(request, '/search');
    const { ref } = await (
      await request.post('/api/feedback', json({ page: '/search', helpful: 'no' }))
    ).json();
    const comment = uniqueComment('api follow-up; write to me@example.com');
    const details = await request.post(
      '/api/feedback',
      json({ page: '/search', ref, reasons: ['out-of-date', 'other'], comment }),
    );
    expect(details.status()).toBe(200);
    expect(await details.json()).toEqual({ ok: true, ref, crisis: false });

    const row = await storedRowWith(request, comment.split('me@example.com')[1]!.trim());
    expect(row).toMatchObject({ page: '/search', helpful: 'no', reasons: 'out-of-date;other' });
    expect(row!.comment).toContain('[email removed]');
    expect(row!.comment).not.toContain('me@example.com');
    const after = await countsFor(request, '/search');
    expect(after.no - before.no).toBeGreaterThanOrEqual(1);

    const viaForm = await request.post(
      '/api/feedback',
      form({ page: '/search', ref, reasons: 'missing-information', comment: 'again' }),
    );
    expect(viaForm.status()).toBe(303);
    expect(viaForm.headers()['location']).toBe('/feedback/thanks?page=%2Fsearch&sent=details');
  });

  test('a follow-up for another page or an unknown ref is refused, naming ref', async ({
    request,
  }) => {
    const { ref } = await (
      await request.post('/api/feedback', json({ page: '/faq', helpful: 'no' }))
    ).json();
    const otherPage = await request.post(
      '/api/feedback',
      json({ page: '/about', ref, comment: 'x' }),
    );
    expect(otherPage.status()).toBe(422);
    expect((await otherPage.json()).fields).toEqual({ ref: expect.stringContaining('unknown') });
    const unknown = await request.post(
      '/api/feedback',
      json({ page: '/faq', ref: 'Z'.repeat(22) }),
    );
    expect(unknown.status()).toBe(422);
    const malformed = await request.post('/api/feedback', json({ page: '/faq', ref: 'nope' }));
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).fields).toEqual({ ref: 'is not a valid reference' });
  });

  test('400 naming each wrong field', async ({ request }) => {
    const cases: Array<[unknown, Record<string, unknown>]> = [
      [{ page: '/about', helpful: 'maybe' }, { helpful: 'must be yes or no' }],
      [{ page: '/about' }, { helpful: 'must be yes or no' }],
      [{ page: '/not-a-page', helpful: 'yes' }, { page: 'is not a page on this site' }],
      [
        { page: '/about', helpful: 'yes', website: 'http://spam.example' },
        { website: 'must be empty' },
      ],
      [
        { page: '/about', helpful: 'no', comment: 'x'.repeat(1001) },
        { comment: 'must be at most 1000 characters' },
      ],
      [
        { page: '/about', helpful: 'no', reasons: ['boring'] },
        { reasons: expect.stringContaining('one of') },
      ],
      [[1, 2], { body: expect.any(String) }],
    ];
    for (const [data, fields] of cases) {
      const response = await request.post('/api/feedback', json(data));
      expect(response.status(), JSON.stringify(data)).toBe(400);
      const body = await response.json();
      expect(body.error).toEqual(expect.any(String));
      expect(body.fields).toEqual(fields);
    }
  });

  test('400 (not 500) for malformed JSON and for an invalid form post', async ({ request }) => {
    const broken = await request.post('/api/feedback', {
      headers: { 'Content-Type': 'application/json' },
      // A Buffer: Playwright would JSON-encode a string that is not valid JSON.
      data: Buffer.from('{"page": "/about", "helpful": '),
    });
    expect(broken.status()).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'The body is not valid JSON' });

    const badForm = await request.post(
      '/api/feedback',
      form({ page: '/about', helpful: 'perhaps' }),
    );
    expect(badForm.status()).toBe(400);
    expect((await badForm.json()).fields).toEqual({ helpful: 'must be yes or no' });

    const browserForm = await request.post('/api/feedback', {
      ...form({ page: '/about', helpful: 'perhaps' }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'text/html' },
    });
    expect(browserForm.status()).toBe(400);
    expect(await browserForm.text()).toContain('helpful: must be yes or no');
  });

  test("403 when another site's page posts", async ({ request }) => {
    const evil = await request.post('/api/feedback', {
      ...json({ page: '/about', helpful: 'yes' }),
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
    });
    expect(evil.status()).toBe(403);
    expect((await evil.json()).error).toMatch(/this site/);
    const crossSite = await request.post('/api/feedback', {
      ...json({ page: '/about', helpful: 'yes' }),
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status()).toBe(403);
    const own = await request.post('/api/feedback', {
      ...json({ page: '/about', helpful: 'yes' }),
      headers: {
        'Content-Type': 'application/json',
        Origin: new URL(test.info().project.use.baseURL!).origin,
      },
    });
    expect(own.status()).toBe(201);
  });

  test('405 with Allow for other methods', async ({ request }) => {
    for (const response of [
      await request.get('/api/feedback'),
      await request.put('/api/feedback', json({})),
      await request.delete('/api/feedback'),
    ]) {
      expect(response.status()).toBe(405);
      expect(response.headers()['allow']).toBe('POST');
      expect((await response.json()).error).toContain('POST');
    }
  });

  test('a post carries the same site headers as the 405', async ({ request }) => {
    const siteHeaders = (headers: Record<string, string>) =>
      Object.fromEntries(
        [
          'content-security-policy',
          'x-content-type-options',
          'referrer-policy',
          'permissions-policy',
          'cross-origin-opener-policy',
          'cross-origin-resource-policy',
          'x-frame-options',
          'strict-transport-security',
          'cache-control',
        ].map((name) => [name, headers[name]]),
      );
    const proxies: Record<string, string>[] = [{}, { 'X-Forwarded-Proto': 'https' }];
    for (const extra of proxies) {
      const viaNext = await request.get('/api/feedback', { headers: extra });
      const posted = await request.post('/api/feedback', {
        headers: { 'Content-Type': 'application/json', ...extra },
        data: JSON.stringify({ page: '/faq', helpful: 'yes' }),
      });
      const refused = await request.post('/api/feedback', {
        headers: { 'Content-Type': 'text/xml', ...extra },
        data: '<a/>',
      });
      expect(viaNext.status()).toBe(405);
      expect(posted.status()).toBe(201);
      expect(refused.status()).toBe(415);
      const expected = siteHeaders(viaNext.headers());
      expect(expected['x-frame-options']).toBe('DENY');
      expect(siteHeaders(posted.headers())).toEqual(expected);
      expect(siteHeaders(refused.headers())).toEqual(expected);
    }
  });

  test('413 for a body over 16 KB', async ({ request }) => {
    const response = await request.post(
      '/api/feedback',
      json({ page: '/about', helpful: 'no', comment: 'x'.repeat(17 * 1024) }),
    );
    expect(response.status()).toBe(413);
    expect((await response.json()).error).toContain('16384 bytes');
  });

  test('415 for other content types', async ({ request }) => {
    const response = await request.post('/api/feedback', {
      headers: { 'Content-Type': 'text/plain' },
      data: 'page=/about&helpful=yes',
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error).toContain('application/json');
  });
});

test.describe('GET /api/feedback/summary', () => {
  test('401 with WWW-Authenticate for a missing or wrong token', async ({ request }) => {
    for (const headers of [{}, bearer('wrong-token'), { Authorization: 'Basic Og==' }]) {
      const response = await request.get('/api/feedback/summary', { headers });
      expect(response.status()).toBe(401);
      expect(response.headers()['www-authenticate']).toContain('Bearer');
    }
  });

  test('200 with the contract fields for editors', async ({ request }) => {
    await request.post(
      '/api/feedback',
      json({ page: '/about', helpful: 'yes', comment: 'Clear, thank you' }),
    );
    const response = await request.get('/api/feedback/summary', { headers: bearer() });
    expect(response.status()).toBe(200);
    expect(response.headers()['cache-control']).toBe('no-store');
    const body = await response.json();
    expect(body.total).toBeGreaterThan(0);
    const about = body.pages.find((p: { page: string }) => p.page === '/about');
    expect(about).toMatchObject({
      page: '/about',
      yes: expect.any(Number),
      no: expect.any(Number),
      comments: expect.any(Number),
      helplineTaps: expect.any(Number),
    });
    expect(about.comments).toBeGreaterThan(0);
    expect(body.total).toBe(
      body.pages.reduce((n: number, p: { yes: number; no: number }) => n + p.yes + p.no, 0),
    );
  });
});

test.describe('editors’ view', () => {
  test('asks for the token, then shows counts and comments, and exports formula-safe CSV', async ({
    request,
  }) => {
    const denied = await request.get('/admin/feedback');
    expect(denied.status()).toBe(401);
    expect(denied.headers()['www-authenticate']).toContain('Basic');

    const comment = uniqueComment('=HYPERLINK("http://evil.example") <b>bold</b>');
    await request.post('/api/feedback', json({ page: '/faq', helpful: 'no', comment }));
    const basic = {
      Authorization: `Basic ${Buffer.from(`editor:${adminToken}`).toString('base64')}`,
    };
    const page = await request.get('/admin/feedback', { headers: basic });
    expect(page.status()).toBe(200);
    const html = await page.text();
    expect(html).toContain('noindex');
    expect(html).toContain('Feedback by page');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;');

    const csv = await request.get('/admin/feedback.csv', { headers: bearer() });
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const text = await csv.text();
    expect(text.startsWith('created_at,page,lang,helpful,reasons,comment\r\n')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")`);
    expect((await request.get('/admin/feedback.csv')).status()).toBe(401);
  });
});

test.describe('Spanish pages', () => {
  /** A Spanish article path from the content the build was made from. */
  const spanishArticle = () =>
    `/es/articulos/${fs.readdirSync('content/es/articles')[0]!.replace(/\.mdx$/, '')}`;

  test('are known pages: answers and taps on /es paths are stored', async ({ request }) => {
    for (const page of ['/es', '/es/preguntas-frecuentes', spanishArticle()]) {
      const answer = await request.post('/api/feedback', json({ page, helpful: 'yes' }));
      expect(answer.status(), page).toBe(201);
    }
    const tap = await request.post('/api/helpline-tap', json({ page: '/es', kind: 'helpline' }));
    expect(tap.status()).toBe(204);
    const unknown = await request.post(
      '/api/feedback',
      json({ page: '/es/no-existe', helpful: 'yes' }),
    );
    expect(unknown.status()).toBe(400);
    expect((await unknown.json()).fields.page).toBe('is not a page on this site');
  });

  test('the CSV has a lang column and ?lang= keeps one edition; an unknown lang is a 400', async ({
    request,
  }) => {
    const page = spanishArticle();
    const es = uniqueComment('comentario en español');
    const en = uniqueComment('comment in English');
    await request.post('/api/feedback', json({ page, helpful: 'no', comment: es }));
    await request.post('/api/feedback', json({ page: '/faq', helpful: 'no', comment: en }));
    expect(await storedRowWith(request, es)).toMatchObject({ page, lang: 'es' });
    expect(await storedRowWith(request, en)).toMatchObject({ page: '/faq', lang: 'en' });
    expect(await storedRowWith(request, es, '?lang=es')).toMatchObject({ page, lang: 'es' });
    expect(await storedRowWith(request, en, '?lang=es')).toBeUndefined();
    expect(await storedRowWith(request, es, '?lang=en')).toBeUndefined();
    const [header, ...spanish] = await csvRows(request, '', '?lang=es');
    expect(spanish.length).toBeGreaterThan(0);
    expect(spanish.every((r) => r[header!.indexOf('lang')] === 'es')).toBe(true);

    const bad = await request.get('/admin/feedback.csv?lang=fr', { headers: bearer() });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/^lang must be one of: en, es/);
  });

  test('the editors’ view shows each page’s language and filters by it', async ({ request }) => {
    const page = spanishArticle();
    await request.post('/api/feedback', json({ page, helpful: 'yes' }));
    await request.post('/api/feedback', json({ page: '/faq', helpful: 'yes' }));
    const view = async (query: string) => {
      const response = await request.get(`/admin/feedback${query}`, { headers: bearer() });
      expect(response.status()).toBe(200);
      return response.text();
    };
    const rowOf = (html: string, path: string) =>
      new RegExp(`href="${path}">${path}</a></th><td[^>]*>(\\w+)</td>`).exec(html)?.[1];
    const all = await view('');
    expect(all).toContain('<th scope="col" class="p-2">Language</th>');
    expect(rowOf(all, page)).toBe('Spanish');
    expect(rowOf(all, '/faq')).toBe('English');
    const spanishOnly = await view('?lang=es');
    expect(rowOf(spanishOnly, page)).toBe('Spanish');
    expect(rowOf(spanishOnly, '/faq')).toBeUndefined();
    expect(spanishOnly).toContain('href="/admin/feedback.csv?lang=es"');
    const englishOnly = await view('?lang=en');
    expect(rowOf(englishOnly, page)).toBeUndefined();
    expect(rowOf(englishOnly, '/faq')).toBe('English');
    expect(await view('?lang=fr')).toContain('lang must be one of: en, es');
  });
});

test.describe('POST /api/helpline-tap', () => {
  test('204 for a known page and kind, counted; 400, 415 and 405 otherwise', async ({
    request,
  }) => {
    const before = await countsFor(request, '/');
    const beacon = await request.post('/api/helpline-tap', {
      headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
      data: JSON.stringify({ page: '/', kind: 'crisis-call' }),
    });
    expect(beacon.status()).toBe(204);
    expect((await countsFor(request, '/')).helplineTaps).toBeGreaterThanOrEqual(
      before.helplineTaps + 1,
    );

    const badKind = await request.post('/api/helpline-tap', json({ page: '/', kind: 'sms' }));
    expect(badKind.status()).toBe(400);
    expect((await badKind.json()).fields).toEqual({ kind: expect.stringContaining('helpline') });
    const badType = await request.post('/api/helpline-tap', {
      headers: { 'Content-Type': 'application/xml' },
      data: '<tap/>',
    });
    expect(badType.status()).toBe(415);
    const get = await request.get('/api/helpline-tap');
    expect(get.status()).toBe(405);
    expect(get.headers()['allow']).toBe('POST');
  });
});

test.describe('on a server of its own', () => {
  const from = (address: string) => ({ 'X-Forwarded-For': address });
  const post = (request: APIRequestContext, server: NextServer, address: string, data: unknown) =>
    request.post(`${server.url}/api/feedback`, {
      headers: { 'Content-Type': 'application/json', ...from(address) },
      data: JSON.stringify(data),
    });

  test('an invalid request stores nothing', async ({ request, isolated }) => {
    const totals = async () =>
      (await (
        await request.get(`${isolated.url}/api/feedback/summary`, {
          headers: bearer('isolated-token-long-enough-to-be-accepted'),
        })
      ).json()) as { total: number; helplineTaps: number; pages: Array<{ comments: number }> };
    const before = await totals();
    let n = 0;
    const address = () => `203.0.113.${++n}`; // ignored: the client is the connection's address
    const invalid: Array<[number, Promise<Awaited<ReturnType<APIRequestContext['post']>>>]> = [
      [
        400,
        post(request, isolated, address(), { page: '/about', helpful: 'maybe', comment: 'kept?' }),
      ],
      [400, post(request, isolated, address(), { page: '/nowhere', helpful: 'yes' })],
      [400, post(request, isolated, address(), { page: '/about', helpful: 'yes', website: 'x' })],
      [
        400,
        post(request, isolated, address(), {
          page: '/about',
          helpful: 'no',
          comment: 'y'.repeat(1001),
        }),
      ],
      [
        422,
        post(request, isolated, address(), { page: '/about', ref: 'Q'.repeat(22), comment: 'z' }),
      ],
      [
        413,
        post(request, isolated, address(), {
          page: '/about',
          helpful: 'no',
          comment: 'y'.repeat(20_000),
        }),
      ],
      [
        403,
        request.post(`${isolated.url}/api/feedback`, {
          headers: {
            'Content-Type': 'application/json',
            Origin: 'https://evil.example',
            ...from(address()),
          },
          data: JSON.stringify({ page: '/about', helpful: 'yes' }),
        }),
      ],
      [
        415,
        request.post(`${isolated.url}/api/feedback`, {
          headers: { 'Content-Type': 'text/plain', ...from(address()) },
          data: JSON.stringify({ page: '/about', helpful: 'yes' }),
        }),
      ],
      [
        400,
        request.post(`${isolated.url}/api/helpline-tap`, {
          headers: { 'Content-Type': 'application/json', ...from(address()) },
          data: JSON.stringify({ page: '/about', kind: 'fax' }),
        }),
      ],
    ];
    for (const [status, pending] of invalid) expect((await pending).status()).toBe(status);
    const after = await totals();
    expect(after.total).toBe(before.total);
    expect(after.helplineTaps).toBe(before.helplineTaps);
    expect(after.pages.reduce((sum, p) => sum + p.comments, 0)).toBe(
      before.pages.reduce((sum, p) => sum + p.comments, 0),
    );
  });

  test('a large table exports in full as well-formed CSV, streamed', async ({
    request,
    isolated,
  }) => {
    const token = 'isolated-token-long-enough-to-be-accepted';
    // The server creates the file on the first answer; the rest go straight into the table.
    const first = await post(request, isolated, '127.0.0.1', { page: '/faq', helpful: 'yes' });
    expect(first.status()).toBe(201);
    const count = 60_000;
    const db = new Database(path.join(isolated.dir, 'feedback.sqlite'));
    db.pragma('busy_timeout = 5000');
    const insert = db.prepare(
      `INSERT INTO feedback (ref, page, helpful, reasons, comment, created_at)
       VALUES (?, ?, 'no', '["other"]', ?, '2026-05-01T10:07:00.000Z')`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        insert.run(`bulk-${i}`, i % 2 ? '/es' : '/faq', `row ${i}, "quoted"\nsecond line`);
      }
    })();
    db.close();
    const response = await request.get(`${isolated.url}/admin/feedback.csv`, {
      headers: bearer(token),
    });
    expect(response.status()).toBe(200);
    expect(response.headers()['transfer-encoding']).toBe('chunked');
    expect(response.headers()['content-length']).toBeUndefined();
    const records = parseCsv(await response.text());
    expect(records[0]).toEqual(['created_at', 'page', 'lang', 'helpful', 'reasons', 'comment']);
    const bulk = records.filter((r) => r[5]?.startsWith('row '));
    expect(bulk).toHaveLength(count);
    expect(records.every((r) => r.length === 6)).toBe(true);
    expect(bulk.at(-1)).toEqual([
      '2026-05-01T10:07:00.000Z',
      '/es',
      'es',
      'no',
      'other',
      `row ${count - 1}, "quoted"\nsecond line`,
    ]);
    const spanish = await request.get(`${isolated.url}/admin/feedback.csv?lang=es`, {
      headers: bearer(token),
    });
    expect(parseCsv(await spanish.text()).filter((r) => r[2] === 'es')).toHaveLength(count / 2);
  });

  test('404 for the summary, editors’ view and CSV when no admin token is set', async ({
    request,
  }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'feedback-e2e-notoken-'));
    const server = await startNextServer({
      FEEDBACK_DB_PATH: path.join(dir, 'feedback.sqlite'),
      FEEDBACK_ADMIN_TOKEN: '',
    });
    try {
      for (const target of ['/api/feedback/summary', '/admin/feedback', '/admin/feedback.csv']) {
        const response = await request.get(`${server.url}${target}`, { headers: bearer() });
        expect(response.status(), target).toBe(404);
      }
    } finally {
      await stopNextServer(server);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
