import { createHash, randomBytes } from 'node:crypto';
import { getSiteConfig } from '../config';
import { adminDenied, checkAdmin } from './auth';
import { StoreUnavailableError, storeRetryAfterSeconds } from './errors';
import {
  HttpError,
  bodyKind,
  errorResponse,
  noStore,
  parseBody,
  readBodyText,
  type BodyKind,
} from './http';
import { isSameOrigin } from './origin';
import { knownPages } from './pages';
import { isCrisis } from '../crisis/detect';
import { thanksUrl } from './routes';
import { clientAddress } from '../client-address';
import {
  RateLimiter,
  getRateLimiter,
  hashClientAddress,
  namedLimiter,
  processLimitFromEnv,
  rateLimitFromEnv,
  type RateLimitResult,
} from './rate-limit';
import { parseFeedback, parseHelplineTap } from './schema';
import { getFeedbackStore } from './store';

/**
 * Whether this post may go ahead: the client's own limit (shared by every app server through
 * PostgreSQL when DATABASE_URL is set, else per process), then this process's ceiling.
 */
async function checkPostLimit(endpoint: string, headers: Headers): Promise<RateLimitResult> {
  const limit = rateLimitFromEnv();
  if (limit > 0) {
    const address = clientAddress(headers);
    const store = process.env.DATABASE_URL ? getFeedbackStore() : undefined;
    const verdict = store?.countClientHit
      ? await store.countClientHit(endpoint, address, limit)
      : getRateLimiter(endpoint).check(hashClientAddress(address));
    if (!verdict.allowed) return verdict;
  }
  return namedLimiter('process-ceiling', () => new RateLimiter(processLimitFromEnv())).check('all');
}

/** What the store keeps of a follow-up token: its SHA-256, so the database alone cannot use it. */
const hashFollowupToken = (token: string) => createHash('sha256').update(token).digest('base64url');

/** Origin, rate limit, content type and size: the checks every public post passes before parsing. */
export async function guardedBody(
  request: Request,
  endpoint: string,
  accepted: readonly BodyKind[],
  limit?: number,
): Promise<{ body: unknown; kind: BodyKind }> {
  if (!isSameOrigin(request.headers, getSiteConfig().url)) {
    throw new HttpError(
      403,
      'Posts must come from this site (the Origin header names another site)',
    );
  }
  const verdict = await checkPostLimit(endpoint, request.headers);
  if (!verdict.allowed) {
    throw new HttpError(
      429,
      `Too many posts: try again in ${verdict.retryAfterSeconds} seconds`,
      undefined,
      { 'Retry-After': String(verdict.retryAfterSeconds) },
    );
  }
  const kind = bodyKind(request, accepted);
  const text = await readBodyText(request, limit);
  return { body: parseBody(text, kind), kind };
}

let lastLogged = 0;

/**
 * 503 with Retry-After when the database is down: a clear message, never a 500 or a hang.
 * Logged at most every 10 seconds, so an outage under load does not flood the log.
 */
export function unavailable(error: StoreUnavailableError): HttpError {
  if (Date.now() - lastLogged > 10_000) {
    lastLogged = Date.now();
    console.error(`feedback store unavailable: ${error.message}`);
  }
  return new HttpError(
    503,
    `Feedback cannot be saved right now: please try again in ${storeRetryAfterSeconds} seconds. The page you were reading still works.`,
    undefined,
    { 'Retry-After': String(storeRetryAfterSeconds) },
  );
}

/** The HttpError for an error a handler caught, or undefined for a bug (rethrown). */
export function asHttpError(error: unknown): HttpError | undefined {
  if (error instanceof HttpError) return error;
  if (error instanceof StoreUnavailableError) return unavailable(error);
  return undefined;
}

const invalid = (fields: Record<string, string>) =>
  new HttpError(
    400,
    `Invalid feedback: ${Object.entries(fields)
      .map(([field, message]) => `${field} ${message}`)
      .join('; ')}`,
    fields,
  );

/** POST /api/feedback: a Yes/No answer (201 or 303) or its follow-up details (200 or 303). */
export async function handleFeedbackPost(request: Request): Promise<Response> {
  let backTo = '/';
  try {
    const { body, kind } = await guardedBody(request, 'feedback', ['json', 'form']);
    const pages = knownPages();
    const claimed = (body as { page?: unknown } | null)?.page;
    if (typeof claimed === 'string' && pages.has(claimed)) backTo = claimed;

    const parsed = parseFeedback(body, pages);
    if (!parsed.ok) throw invalid(parsed.fields);
    const input = parsed.value;
    const store = getFeedbackStore();

    if (input.kind === 'details') {
      const details = { reasons: input.reasons, comment: input.comment };
      const saved =
        'ref' in input.by
          ? await store.addDetails(input.by.ref, input.page, details)
          : await store.addDetailsByToken(hashFollowupToken(input.by.token), input.page, details);
      if (!saved) {
        throw new HttpError(
          422,
          'That feedback could not be found for this page, is over an hour old, or already has its details: answer Yes or No again',
          'ref' in input.by
            ? { ref: 'is unknown, for another page, or expired' }
            : { token: 'is unknown, for another page, expired or already used' },
        );
      }
      // Read for a crisis, never logged: the thank-you then gives 988 and 911 first.
      const crisis = isCrisis(input.comment ?? '');
      if (kind === 'form') {
        return redirect(thanksUrl({ page: input.page, sent: 'details', crisis }));
      }
      return Response.json({ ok: true, ...input.by, crisis }, { status: 200, headers: noStore });
    }

    // A form answer gets a one-time token for the thank-you page's follow-up form instead of its
    // ref: the URL lands in access logs and browser history, and a used token changes nothing.
    const token = kind === 'form' ? randomBytes(32).toString('base64url') : undefined;
    const { ref } = await store.add({
      page: input.page,
      helpful: input.helpful,
      reasons: input.reasons,
      comment: input.comment,
      followupHash: token ? hashFollowupToken(token) : undefined,
    });
    const crisis = isCrisis(input.comment ?? '');
    if (token) {
      return redirect(thanksUrl({ page: input.page, helpful: input.helpful, token, crisis }));
    }
    return Response.json({ ok: true, ref, crisis }, { status: 201, headers: noStore });
  } catch (error) {
    const http = asHttpError(error);
    if (http) return errorResponse(http, request, backTo);
    throw error;
  }
}

/** POST /api/helpline-tap: one anonymous tap on a helpline or crisis link (204). */
export async function handleHelplineTap(request: Request): Promise<Response> {
  try {
    // sendBeacon with a string sends text/plain; the body is JSON either way.
    const { body } = await guardedBody(request, 'helpline-tap', ['json', 'text', 'form'], 2048);
    const parsed = parseHelplineTap(body, knownPages());
    if (!parsed.ok) throw invalid(parsed.fields);
    await getFeedbackStore().addHelplineTap(parsed.value.page, parsed.value.kind);
    return new Response(null, { status: 204, headers: noStore });
  } catch (error) {
    const http = asHttpError(error);
    if (http) return errorResponse(http, request);
    throw error;
  }
}

/**
 * GET /api/feedback/summary: counts per page for editors, behind the admin token (proxy.ts asks for
 * it and counts wrong ones; checked again here).
 */
export async function handleSummary(request: Request): Promise<Response> {
  const auth = checkAdmin(request.headers.get('authorization'));
  if (auth !== 'ok') return adminDenied(auth);
  try {
    return Response.json(await getFeedbackStore().summary(), { headers: noStore });
  } catch (error) {
    if (error instanceof StoreUnavailableError) return errorResponse(unavailable(error), request);
    throw error;
  }
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { ...noStore, Location: location } });
}
