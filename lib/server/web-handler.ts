import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { apiHeaders, httpsOnlyHeaders, securityHeaders } from './security-headers';

/** A route handler's shape: a Web Request in, a Web Response out. */
export type WebHandler = (request: Request) => Promise<Response>;

/**
 * Answers one request with a route handler's own function, without Next's router: server.ts does
 * this for POST /api/feedback, where Next's per-request work cost several times the handler's.
 * The answer carries the headers next.config.ts gives /api/* (from the same lists), then the
 * handler's own, as Next's would. A handler that throws rejects (server.ts answers 500).
 */
export async function serveWithWebHandler(
  handler: WebHandler,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  // request.headers, not rawHeaders: server.ts has replaced any client address a client sent.
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else for (const each of value ?? []) headers.append(key, each);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  // The URL's origin is never read by the handlers (they use the Host and Origin headers).
  const webRequest = new Request(`http://localhost${request.url ?? '/'}`, {
    method: request.method,
    headers,
    body: hasBody ? (Readable.toWeb(request) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit);

  const answer = await handler(webRequest);
  const fixed = [
    ...securityHeaders,
    ...(request.headers['x-forwarded-proto'] === 'https' ? httpsOnlyHeaders : []),
    ...apiHeaders,
  ];
  for (const { key, value } of fixed) response.setHeader(key, value);
  answer.headers.forEach((value, key) => response.setHeader(key, value));
  const body = answer.body ? Buffer.from(await answer.arrayBuffer()) : undefined;
  response.statusCode = answer.status;
  response.end(body);
}
