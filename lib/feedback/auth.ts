import { createHash, timingSafeEqual } from 'node:crypto';
import { clientAddress } from '../client-address';
import { adminTokenProblem } from './admin-token';
import { RateLimiter, hashClientAddress, namedLimiter } from './rate-limit';

export type AdminAuth = 'disabled' | 'ok' | 'unauthorized';
export type AdminVerdict = AdminAuth | { throttled: number };

/** Wrong tokens one client may offer in this window before it gets 429. */
export const adminFailureLimit = { attempts: 10, windowMs: 15 * 60_000 };

/** What browsers show in the sign-in prompt for the editors' view. */
export const adminRealm = 'Feedback for editors';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares in constant time: both sides are hashed to the same length first. */
export function tokensMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** The token a request offers: `Bearer <token>`, or HTTP Basic with the token as password. */
export function offeredToken(authorization: string | null): string | undefined {
  if (!authorization) return undefined;
  const [scheme, value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme?.toLowerCase() === 'bearer') return value;
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon === -1 ? undefined : decoded.slice(colon + 1);
  }
  return undefined;
}

/** Checks an Authorization header against FEEDBACK_ADMIN_TOKEN ('disabled' when none is configured). */
export function checkAdmin(
  authorization: string | null,
  token: string | undefined = process.env.FEEDBACK_ADMIN_TOKEN,
): AdminAuth {
  // A token too short to be safe is never accepted (the server refuses to start with one).
  if (!token || adminTokenProblem({ FEEDBACK_ADMIN_TOKEN: token })) return 'disabled';
  const offered = offeredToken(authorization);
  return offered !== undefined && tokensMatch(offered, token) ? 'ok' : 'unauthorized';
}

/**
 * checkAdmin for a request, counting wrong tokens per client (proxy.ts calls it: every
 * editors' request passes there): after adminFailureLimit.attempts in the window, the client gets
 * `{ throttled: seconds }` (429) until the window ends, right token or not.
 */
export function checkAdminRequest(
  headers: Headers,
  token: string | undefined = process.env.FEEDBACK_ADMIN_TOKEN,
): AdminVerdict {
  const failures = namedLimiter(
    'admin-failures',
    () => new RateLimiter(adminFailureLimit.attempts, adminFailureLimit.windowMs),
  );
  const client = hashClientAddress(clientAddress(headers));
  const blocked = failures.peek(client);
  if (!blocked.allowed) return { throttled: blocked.retryAfterSeconds };
  const authorization = headers.get('authorization');
  const result = checkAdmin(authorization, token);
  // Only a token offered and wrong counts: a browser's first request, without one, is not a guess.
  if (result === 'unauthorized' && offeredToken(authorization) !== undefined)
    failures.check(client);
  return result;
}

/** The 401, 404 or 429 answer for a request that did not pass checkAdmin. */
export function adminDenied(result: Exclude<AdminVerdict, 'ok'>): Response {
  const headers = { 'Cache-Control': 'no-store' };
  if (typeof result === 'object') {
    return Response.json(
      { error: `Too many wrong tokens: try again in ${result.throttled} seconds` },
      { status: 429, headers: { ...headers, 'Retry-After': String(result.throttled) } },
    );
  }
  if (result === 'disabled') {
    return Response.json({ error: 'Not found' }, { status: 404, headers });
  }
  return Response.json(
    { error: 'A valid admin token is required: Authorization: Bearer <FEEDBACK_ADMIN_TOKEN>' },
    {
      status: 401,
      headers: {
        ...headers,
        'WWW-Authenticate': `Bearer realm="${adminRealm}", Basic realm="${adminRealm}", charset="UTF-8"`,
      },
    },
  );
}
