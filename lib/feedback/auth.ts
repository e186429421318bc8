import { createHash, timingSafeEqual } from 'node:crypto';

export type AdminAuth = 'disabled' | 'ok' | 'unauthorized';

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
  if (!token) return 'disabled';
  const offered = offeredToken(authorization);
  return offered !== undefined && tokensMatch(offered, token) ? 'ok' : 'unauthorized';
}

/** The 401 or 404 answer for a request that did not pass checkAdmin. */
export function adminDenied(result: Exclude<AdminAuth, 'ok'>): Response {
  const headers = { 'Cache-Control': 'no-store' };
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
