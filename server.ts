/**
 * The production server (`npm start`): Next's request handler behind a small node:http front.
 * - Learns each client's address from the TCP connection (and TRUST_PROXY_HOPS), drops any copy
 *   of our address headers a client sent, and sets them itself (see lib/server/client-address.ts).
 * - Refuses to start with a FEEDBACK_ADMIN_TOKEN that is too short or a bad TRUST_PROXY_HOPS.
 * - Keeps rendered search pages in a bounded cache (lib/server/search-page-cache.ts).
 * - Compresses Next's answers itself (next.config.ts turns Next's compression off), so that first
 *   each HTML page's script tags can be made to wait for the first paint
 *   (lib/server/after-paint-scripts.ts).
 * - Answers POST /api/feedback itself, with the route handler's own function (the same checks,
 *   answers and headers; see lib/server/web-handler.ts): Next's router cost more than the post.
 *   `next dev` and every other method still go through app/api/feedback/route.ts.
 * - On SIGTERM or SIGINT: stops accepting, lets requests in flight finish, closes the feedback
 *   store, then exits.
 * Usage: node dist/server.mjs [-p PORT] [-H HOST] (after `npm run build`, which compiles this file
 * with esbuild so production runs on plain node, without a TypeScript loader; PORT and HOSTNAME
 * from the environment otherwise)
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import next from 'next';
import { adminTokenProblem } from './lib/feedback/admin-token';
import { handleFeedbackPost } from './lib/feedback/handlers';
import { feedbackApi } from './lib/feedback/routes';
import {
  clientAddressFrom,
  clientAddressHeader,
  frontProofHeader,
  frontSecretEnv,
  trustProxyHopsFromEnv,
} from './lib/server/client-address';
import { rewriteHtmlAnswer } from './lib/server/after-paint-scripts';
import { SearchPageCache } from './lib/server/search-page-cache';
import { closeFeedbackStores, shutdownTimeoutMs } from './lib/server/shutdown';
import { serveWithWebHandler } from './lib/server/web-handler';

function argument(flags: string[], fallback: string): string {
  const index = process.argv.findIndex((arg) => flags.includes(arg));
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

function fail(message: string): never {
  console.error(`server: ${message}`);
  process.exit(1);
}

const port = Number(argument(['-p', '--port'], process.env.PORT || '3000'));
const hostname = argument(['-H', '--hostname'], process.env.HOSTNAME || '0.0.0.0');
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`not a port: ${port}`);
const tokenProblem = adminTokenProblem();
if (tokenProblem) fail(tokenProblem);
let hops: number;
try {
  hops = trustProxyHopsFromEnv();
} catch (error) {
  fail((error as Error).message);
}

// Set before Next loads, in this process only: route handlers trust our headers when they carry it.
const secret = randomBytes(32).toString('base64url');
process.env[frontSecretEnv] = secret;
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();

const searchPages = new SearchPageCache();
// The `compression` middleware Next itself uses (when its own is on), plus brotli at quality 5:
// about as fast as gzip, and an article's HTML comes to 15.3 KB instead of 16.8 (quality 4: 16.4).
// It needs only node:http's request and response, though its types name Express's.
const compress = compression({
  brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
}) as unknown as (
  request: http.IncomingMessage,
  response: http.ServerResponse,
  next: () => void,
) => void;
let inFlight = 0;
let stopping = false;
let idle: (() => void) | undefined;

const server = http.createServer((request, response) => {
  const headers = request.headers;
  delete headers[clientAddressHeader];
  delete headers[frontProofHeader];
  headers[clientAddressHeader] = clientAddressFrom(
    request.socket.remoteAddress,
    headers['x-forwarded-for'],
    hops,
  );
  headers[frontProofHeader] = secret;
  if (stopping) response.setHeader('Connection', 'close');
  inFlight += 1;
  response.once('close', () => {
    inFlight -= 1;
    if (inFlight === 0) idle?.();
  });
  const fail = (error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  };
  if (searchPages.answer(request, response)) return;
  // A feedback post's answer is a few bytes of JSON: nothing to compress or rewrite.
  if (request.method === 'POST' && request.url?.split('?', 1)[0] === feedbackApi) {
    serveWithWebHandler(handleFeedbackPost, request, response).catch(fail);
    return;
  }
  // Each step wraps the response's write and end: the cache sees what goes out (compressed), the
  // compression what the rewriting hands on, the rewriting what Next writes.
  compress(request, response, () => {
    rewriteHtmlAnswer(response);
    handle(request, response).catch(fail);
  });
});

server.listen(port, hostname, () => {
  console.log(`server: listening on http://${hostname}:${port} (TRUST_PROXY_HOPS=${hops})`);
});

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`server: ${signal}: no new connections; finishing ${inFlight} request(s) in flight`);
  server.close();
  server.closeIdleConnections();
  const drained = new Promise<void>((resolve) => {
    idle = resolve;
    if (inFlight === 0) resolve();
  });
  const timedOut = await Promise.race([
    drained.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), shutdownTimeoutMs).unref()),
  ]);
  if (timedOut)
    console.error(`server: ${inFlight} request(s) still running after ${shutdownTimeoutMs} ms`);
  server.closeAllConnections();
  try {
    console.log(`server: ${await closeFeedbackStores()} feedback store connection(s) closed`);
  } catch (error) {
    console.error(`server: closing the feedback store failed: ${(error as Error).message}`);
  }
  console.log('server: stopped');
  process.exit(0);
}

process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
