import { describe, expect, it } from 'vitest';
import {
  adminFailureLimit,
  adminDenied,
  checkAdmin,
  checkAdminRequest,
  offeredToken,
} from '@/lib/feedback/auth';
import { adminTokenProblem } from '@/lib/feedback/admin-token';
import { csvCell, csvLine, feedbackCsvStream } from '@/lib/feedback/csv';
import type { FeedbackRow } from '@/lib/feedback/store';
import { parseCsv } from './support/csv';
import { HttpError, bodyKind, parseBody, readBodyText } from '@/lib/feedback/http';
import { isSameOrigin } from '@/lib/feedback/origin';
import { RateLimiter, hashClientAddress, rateLimitFromEnv } from '@/lib/feedback/rate-limit';
import {
  addressKey,
  clientAddress,
  clientAddressFrom,
  clientAddressHeader,
  frontProofHeader,
  trustProxyHopsFromEnv,
} from '@/lib/client-address';

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request('http://127.0.0.1:3000/api/feedback', {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit);

async function statusOf(promise: Promise<unknown> | (() => unknown)): Promise<number | 'ok'> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
    return 'ok';
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe('body limits and types', () => {
  it('refuses a body over 16 KB by its Content-Length', async () => {
    const request = post({ 'content-type': 'application/json', 'content-length': '20000' }, '{}');
    expect(await statusOf(readBodyText(request))).toBe(413);
  });

  it('refuses a body over 16 KB by the bytes actually sent, whatever the header says', async () => {
    const big = new TextEncoder().encode('x'.repeat(17 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < big.length; i += 1024) controller.enqueue(big.slice(i, i + 1024));
        controller.close();
      },
    });
    const request = post({ 'content-type': 'application/json', 'content-length': '10' }, stream);
    expect(await statusOf(readBodyText(request))).toBe(413);
  });

  it('reads a body within the limit', async () => {
    expect(await readBodyText(post({ 'content-type': 'application/json' }, '{"a":1}'))).toBe(
      '{"a":1}',
    );
  });

  it('knows JSON and form bodies and refuses other types with 415', async () => {
    expect(
      bodyKind(post({ 'content-type': 'application/json; charset=utf-8' }), ['json', 'form']),
    ).toBe('json');
    expect(
      bodyKind(post({ 'content-type': 'application/x-www-form-urlencoded' }), ['json', 'form']),
    ).toBe('form');
    expect(
      await statusOf(() => bodyKind(post({ 'content-type': 'text/xml' }), ['json', 'form'])),
    ).toBe(415);
    expect(await statusOf(() => bodyKind(post({}), ['json', 'form']))).toBe(415);
  });

  it('turns malformed JSON into a 400 and repeated form reasons into a list', async () => {
    expect(await statusOf(() => parseBody('{"page":', 'json'))).toBe(400);
    expect(parseBody('page=%2Fabout&reasons=other&reasons=out-of-date', 'form')).toEqual({
      page: '/about',
      reasons: ['other', 'out-of-date'],
    });
  });
});

describe('isSameOrigin', () => {
  const headers = (h: Record<string, string>) => new Headers({ host: '127.0.0.1:3000', ...h });
  it('allows this origin, Sec-Fetch-Site same-origin or none, and clients that send neither', () => {
    expect(isSameOrigin(headers({ origin: 'http://127.0.0.1:3000' }))).toBe(true);
    expect(
      isSameOrigin(headers({ 'sec-fetch-site': 'same-origin', origin: 'http://proxy.internal' })),
    ).toBe(true);
    expect(isSameOrigin(headers({ 'sec-fetch-site': 'none' }))).toBe(true);
    expect(isSameOrigin(headers({}))).toBe(true);
    expect(isSameOrigin(headers({ origin: 'https://iop.example' }), 'https://iop.example')).toBe(
      true,
    );
  });
  it('refuses other sites', () => {
    expect(isSameOrigin(headers({ origin: 'https://evil.example' }))).toBe(false);
    expect(isSameOrigin(headers({ origin: 'null' }))).toBe(false);
    expect(isSameOrigin(headers({ 'sec-fetch-site': 'cross-site' }))).toBe(false);
    expect(
      isSameOrigin(headers({ 'sec-fetch-site': 'same-site', origin: 'https://a.127.0.0.1:3000' })),
    ).toBe(false);
  });
});

describe('RateLimiter', () => {
  it('allows the limit per minute, then says when to retry', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.check('a')).toEqual({ allowed: true });
    expect(limiter.check('a')).toEqual({ allowed: true });
    now += 15_000;
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 45 });
    expect(limiter.check('b')).toEqual({ allowed: true });
    now += 45_000;
    expect(limiter.check('a')).toEqual({ allowed: true });
  });
  it('is off at 0 and reads the environment', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(limiter.check('a').allowed).toBe(true);
    expect(rateLimitFromEnv({})).toBe(10);
    expect(rateLimitFromEnv({ FEEDBACK_RATE_LIMIT_PER_MINUTE: '0' })).toBe(0);
    expect(rateLimitFromEnv({ FEEDBACK_RATE_LIMIT_PER_MINUTE: '3' })).toBe(3);
  });
  it('keys clients by a salted hash, never the address itself', () => {
    const address = '203.0.113.9';
    const key = hashClientAddress(address);
    expect(key).not.toContain('203.0.113.9');
    expect(key).toBe(hashClientAddress('203.0.113.9'));
    expect(key).not.toBe(hashClientAddress('203.0.113.10'));
  });
});

describe('admin token', () => {
  it('accepts Bearer and Basic (token as password) and nothing else', () => {
    const basic = `Basic ${Buffer.from('editor:s3cret').toString('base64')}`;
    expect(offeredToken(basic)).toBe('s3cret');
    const long = 's3cret'.repeat(6);
    expect(checkAdmin(`Bearer ${long}`, long)).toBe('ok');
    expect(checkAdmin(`Basic ${Buffer.from(`editor:${long}`).toString('base64')}`, long)).toBe(
      'ok',
    );
    expect(checkAdmin('Bearer wrong', long)).toBe('unauthorized');
    expect(checkAdmin(null, long)).toBe('unauthorized');
    expect(checkAdmin('Bearer s3cret', undefined)).toBe('disabled');
    expect(checkAdmin('Bearer ', '')).toBe('disabled');
  });
  it('answers 401 with WWW-Authenticate, or 404 when disabled', () => {
    const denied = adminDenied('unauthorized');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toMatch(/^Bearer realm=/);
    expect(adminDenied('disabled').status).toBe(404);
  });
});

describe('CSV', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-3)).toBe('-3');
    expect(csvLine(['a', 'b']) + csvLine(['1', '=2'])).toBe("a,b\r\n1,'=2\r\n");
  });
});

describe('client address', () => {
  it('is the connection’s own address with 0 hops, whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom('127.0.0.2', '203.0.113.9', 0)).toBe('127.0.0.2');
    expect(clientAddressFrom('::ffff:127.0.0.2', undefined, 0)).toBe('127.0.0.2');
  });
  it('is the Nth address from the right with N trusted proxies', () => {
    const chain = 'spoofed, 198.51.100.7, 10.0.0.1';
    expect(clientAddressFrom('10.0.0.2', chain, 1)).toBe('10.0.0.1');
    expect(clientAddressFrom('10.0.0.2', chain, 2)).toBe('198.51.100.7');
    expect(clientAddressFrom('10.0.0.2', ['a, 198.51.100.7', '10.0.0.1'], 2)).toBe('198.51.100.7');
    expect(clientAddressFrom('10.0.0.2', '198.51.100.7', 3)).toBe('198.51.100.7');
    expect(clientAddressFrom('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
  });
  it('keys IPv6 clients by their /64', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
  });
  it('reads TRUST_PROXY_HOPS (default 0) and refuses nonsense', () => {
    expect(trustProxyHopsFromEnv({})).toBe(0);
    expect(trustProxyHopsFromEnv({ TRUST_PROXY_HOPS: '2' })).toBe(2);
    expect(() => trustProxyHopsFromEnv({ TRUST_PROXY_HOPS: 'yes' })).toThrow(/TRUST_PROXY_HOPS/);
  });
  it('trusts the front’s header only with this process’s secret, never X-Forwarded-For', () => {
    process.env.IOP_FRONT_SECRET = 'secret-of-this-process';
    try {
      const forged = new Headers({
        [clientAddressHeader]: '1.2.3.4',
        'x-forwarded-for': '5.6.7.8',
      });
      expect(clientAddress(forged)).toBe('unknown');
      forged.set(frontProofHeader, 'a guess');
      expect(clientAddress(forged)).toBe('unknown');
      forged.set(frontProofHeader, 'secret-of-this-process');
      expect(clientAddress(forged)).toBe('1.2.3.4');
    } finally {
      delete process.env.IOP_FRONT_SECRET;
    }
  });
});

describe('editors’ token', () => {
  const token = 'x'.repeat(40);
  it('must be at least 32 characters', () => {
    expect(adminTokenProblem({ FEEDBACK_ADMIN_TOKEN: 'short-token' })).toMatch(/at least 32/);
    expect(adminTokenProblem({ FEEDBACK_ADMIN_TOKEN: token })).toBeUndefined();
    expect(adminTokenProblem({})).toBeUndefined();
    expect(checkAdmin('Bearer short-token', 'short-token')).toBe('disabled');
  });
  it('answers 429 with Retry-After after repeated wrong tokens from one client, not others', () => {
    process.env.IOP_FRONT_SECRET = 'secret';
    const from = (address: string, offered: string) =>
      new Headers({
        authorization: `Bearer ${offered}`,
        [clientAddressHeader]: address,
        [frontProofHeader]: 'secret',
      });
    try {
      for (let i = 0; i < adminFailureLimit.attempts; i++) {
        expect(checkAdminRequest(from('192.0.2.50', 'wrong'), token)).toBe('unauthorized');
      }
      const verdict = checkAdminRequest(from('192.0.2.50', token), token);
      expect(verdict).toEqual({ throttled: expect.any(Number) });
      const response = adminDenied(verdict as { throttled: number });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(checkAdminRequest(from('192.0.2.51', token), token)).toBe('ok');
    } finally {
      delete process.env.IOP_FRONT_SECRET;
    }
  });
});

describe('rate limiter memory', () => {
  it('never holds more than its cap of clients; a new one waits for the oldest window', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 60_000, () => now, 100);
    for (let i = 0; i < 1000; i++) {
      limiter.check(`client-${i}`);
      now += 10;
    }
    expect(limiter.size).toBeLessThanOrEqual(100);
    const refused = limiter.check('newcomer');
    expect(refused.allowed).toBe(false);
    now = 61_000;
    expect(limiter.check('newcomer')).toEqual({ allowed: true });
    expect(limiter.size).toBeLessThanOrEqual(100);
  });

  it('forgets a client within two windows', async () => {
    const { RateLimiter } = await import('@/lib/feedback/rate-limit');
    let now = 0;
    const limiter = new RateLimiter(1, 60_000, () => now);
    limiter.check('a');
    now = 61_000;
    limiter.check('b');
    now = 122_000;
    limiter.check('b');
    const windows = (limiter as unknown as { windows: Map<string, unknown> }).windows;
    expect([...windows.keys()]).toEqual(['b']);
  });
});

describe('CSV export stream', () => {
  const row = (i: number): FeedbackRow => ({
    page: i % 2 ? '/es/preguntas-frecuentes' : '/faq',
    lang: i % 2 ? 'es' : 'en',
    helpful: 'no',
    reasons: ['other', 'out-of-date'],
    comment: `line ${i}, "quoted"\nsecond line`,
    createdAt: '2026-05-01T10:07:00.000Z',
  });
  /** Every chunk of a stream, through its reader. */
  async function* chunksOf(stream: ReadableStream<Uint8Array>) {
    const reader = stream.getReader();
    while (true) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  }
  async function* rows(count: number, failAfter?: number) {
    for (let i = 0; i < count; i++) {
      if (i === failAfter) throw new Error('connection lost');
      await Promise.resolve();
      yield row(i);
    }
  }

  it('streams every row, well-formed, in more than one chunk', async () => {
    const stream = await feedbackCsvStream(rows(3000));
    let chunks = 0;
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of chunksOf(stream)) {
      chunks++;
      text += decoder.decode(chunk, { stream: true });
    }
    expect(chunks).toBeGreaterThan(1);
    const records = parseCsv(text);
    expect(records[0]).toEqual(['created_at', 'page', 'lang', 'helpful', 'reasons', 'comment']);
    expect(records).toHaveLength(3001);
    expect(records.every((r) => r.length === 6)).toBe(true);
    expect(records[2]).toEqual([
      '2026-05-01T10:07:00.000Z',
      '/es/preguntas-frecuentes',
      'es',
      'no',
      'other;out-of-date',
      'line 1, "quoted"\nsecond line',
    ]);
    expect(records.at(-1)![4]).toBe('other;out-of-date');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('fails before any byte when the first read fails (the route answers 503/500)', async () => {
    await expect(feedbackCsvStream(rows(10, 0))).rejects.toThrow('connection lost');
  });

  it('logs an error mid-stream and cuts the download short instead of ending it cleanly', async () => {
    const logged: unknown[] = [];
    const stream = await feedbackCsvStream(rows(5000, 4000), (_message, error) =>
      logged.push(error),
    );
    let text = '';
    const read = (async () => {
      for await (const chunk of chunksOf(stream)) text += new TextDecoder().decode(chunk);
    })();
    await expect(read).rejects.toThrow('connection lost');
    expect(logged).toHaveLength(1);
    expect(text.length).toBeGreaterThan(0);
  });

  it('an empty table is the header line alone', async () => {
    const text = await new Response(await feedbackCsvStream(rows(0))).text();
    expect(text).toBe('created_at,page,lang,helpful,reasons,comment\r\n');
  });
});
