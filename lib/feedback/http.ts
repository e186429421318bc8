/** HTTP plumbing shared by the feedback and helpline-tap endpoints: body limits, content types, errors. */

export const maxBodyBytes = 16 * 1024;

export const noStore = { 'Cache-Control': 'no-store' } as const;

/** A 4xx (or other) problem with a message a person can act on. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type BodyKind = 'json' | 'form' | 'text';

/** The body's kind from Content-Type, or a 415 naming the types this endpoint takes. */
export function bodyKind(request: Request, accepted: readonly BodyKind[]): BodyKind {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const kind: BodyKind | undefined =
    type === 'application/json'
      ? 'json'
      : type === 'application/x-www-form-urlencoded'
        ? 'form'
        : type === 'text/plain'
          ? 'text'
          : undefined;
  if (!kind || !accepted.includes(kind)) {
    const names = accepted.map((k) =>
      k === 'json'
        ? 'application/json'
        : k === 'form'
          ? 'application/x-www-form-urlencoded'
          : 'text/plain',
    );
    throw new HttpError(
      415,
      `Content-Type must be ${names.join(' or ')}${type ? `, not ${type}` : ''}`,
    );
  }
  return kind;
}

/** Reads the body as text, refusing (413) one over the limit by Content-Length or by the bytes actually sent. */
export async function readBodyText(request: Request, limit = maxBodyBytes): Promise<string> {
  const tooLarge = () => new HttpError(413, `The body must be at most ${limit} bytes`);
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'The body must be UTF-8 text');
  }
}

/** Parses a JSON or form body into a plain object; repeated form fields become arrays. */
export function parseBody(text: string, kind: BodyKind): unknown {
  if (kind === 'form') {
    const params = new URLSearchParams(text);
    const object: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) {
      const values = params.getAll(key);
      object[key] = key === 'reasons' || values.length > 1 ? values : values[0]!;
    }
    return object;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The body is not valid JSON', { body: 'must be valid JSON' });
  }
}

/** True when the client is a browser form submission that would rather read a page than JSON. */
export function wantsHtml(request: Request): boolean {
  const type = request.headers.get('content-type') ?? '';
  return (
    type.startsWith('application/x-www-form-urlencoded') &&
    (request.headers.get('accept') ?? '').includes('text/html')
  );
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The error as JSON {error, fields}, or as a small HTML page for a browser form post. */
export function errorResponse(error: HttpError, request: Request, backTo = '/'): Response {
  const headers = { ...noStore, ...error.headers };
  if (!wantsHtml(request)) {
    return Response.json(
      { error: error.message, ...(error.fields ? { fields: error.fields } : {}) },
      { status: error.status, headers },
    );
  }
  const items = Object.entries(error.fields ?? {})
    .map(([field, message]) => `<li>${escapeHtml(field)}: ${escapeHtml(message)}</li>`)
    .join('');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>We could not save your feedback</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}a{color:#0b5394}</style></head>
<body><main><h1>We could not save your feedback</h1><p>${escapeHtml(error.message)}</p>${items ? `<ul>${items}</ul>` : ''}
<p><a href="${escapeHtml(backTo)}">Go back to the page</a></p></main></body></html>`;
  return new Response(html, {
    status: error.status,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

/** 405 with the Allow header, for every method an endpoint does not take. */
export function methodNotAllowed(allow: string): Response {
  return Response.json(
    { error: `Method not allowed: use ${allow}` },
    { status: 405, headers: { ...noStore, Allow: allow } },
  );
}
