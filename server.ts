/**
 * `npm start`: Next's own request handler behind a small front that changes nothing Next sends. It
 * sets the client address from the connection and TRUST_PROXY_HOPS (Next keeps a client-sent
 * X-Forwarded-For: lib/client-address.ts); answers an undecodable address with the 400 page Next
 * built (Next answers those 500: lib/bad-request.ts); and on SIGTERM/SIGINT stops accepting, lets
 * requests in flight finish, then exits. Usage: node dist/server.mjs [-p PORT] [-H HOST]
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import next from 'next';
import { badRequestAnswerer } from './lib/bad-request';
import * as address from './lib/client-address';

const shutdownTimeoutMs = 10_000; // then requests still running are cut off
const argument = (flags: string[], fallback: string) => {
  const index = process.argv.findIndex((arg) => flags.includes(arg));
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
};
const port = Number(argument(['-p', '--port'], process.env.PORT || '3000'));
const hostname = argument(['-H', '--hostname'], process.env.HOSTNAME || '0.0.0.0');
let hops = 0;
let answerBadRequest: ReturnType<typeof badRequestAnswerer>;
try {
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${port}`);
  hops = address.trustProxyHopsFromEnv();
  answerBadRequest = badRequestAnswerer(process.env.NEXT_DIST_DIR || '.next');
} catch (error) {
  console.error(`server: ${(error as Error).message}`);
  process.exit(1);
}
// Set before Next loads, in this process only: route handlers trust our headers when they carry it.
const secret = randomBytes(32).toString('base64url');
process.env[address.frontSecretEnv] = secret;
(process.env as Record<string, string | undefined>).NODE_ENV ??= 'production';

const app = next({ dev: false, hostname, port, dir: process.cwd() });
await app.prepare();
const handle = app.getRequestHandler();
let inFlight = 0;
let drained: (() => void) | undefined;

const server = http.createServer((request, response) => {
  inFlight += 1;
  response.once('close', () => {
    if (--inFlight === 0) drained?.();
  });
  if (answerBadRequest(request, response)) return;
  const { headers } = request;
  headers[address.clientAddressHeader] = address.clientAddressFrom(
    request.socket.remoteAddress,
    headers['x-forwarded-for'],
    hops,
  );
  headers[address.frontProofHeader] = secret;
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
server.listen(port, hostname, () => {
  console.log(`server: listening on http://${hostname}:${port} (TRUST_PROXY_HOPS=${hops})`);
});

async function shutdown(signal: string) {
  console.log(`server: ${signal}: no new connections; finishing ${inFlight} request(s) in flight`);
  server.close();
  server.closeIdleConnections();
  await new Promise<void>((resolve) => {
    drained = resolve;
    if (inFlight === 0) resolve();
    setTimeout(resolve, shutdownTimeoutMs).unref();
  });
  server.closeAllConnections();
  console.log('server: stopped');
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
