import net from 'node:net';

/**
 * The client address, learned soundly. `server.ts` (the small front before Next's request handler)
 * works it out from the TCP connection and TRUST_PROXY_HOPS, removes any copy of these headers a
 * client sent, and sets them on the request before Next sees it (Next itself keeps a client-sent
 * X-Forwarded-For). Route handlers and proxy.ts read them with `clientAddress(headers)`, which
 * trusts them only when the proof matches this process's secret, so a client cannot choose its own
 * address even if the app is started some other way (`next dev`, `next start`).
 */
export const clientAddressHeader = 'x-iop-client-address';
export const frontProofHeader = 'x-iop-front';
/** Set by server.ts in its own process before Next loads; never sent to clients. */
export const frontSecretEnv = 'IOP_FRONT_SECRET';

/** TRUST_PROXY_HOPS: how many proxies in front of this server append to X-Forwarded-For (default 0). */
export function trustProxyHopsFromEnv(
  env: Record<string, string | undefined> = process.env,
): number {
  const raw = env.TRUST_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new Error(
      `TRUST_PROXY_HOPS must be a whole number from 0 to 10 (the proxies in front of this server), not "${raw}"`,
    );
  }
  return value;
}

/**
 * A key for one client: an IPv4 address as it is; an IPv6 address by its /64 network, which one
 * home or phone usually holds whole (so stepping through addresses in it does not help).
 */
export function addressKey(address: string): string {
  let text = address.trim();
  if (text.startsWith('[') && text.includes(']')) text = text.slice(1, text.indexOf(']'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped) return mapped[1]!;
  if (net.isIPv4(text)) return text;
  if (!net.isIPv6(text)) return text.toLowerCase() || 'unknown';
  const [head = '', tail = ''] = text.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = text.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * The client's address: the connection's own address with 0 trusted hops; with N, the Nth
 * address from the right of X-Forwarded-For (each trusted proxy appends the address it saw).
 * A shorter list than N means the request skipped a proxy: its leftmost entry is used.
 */
export function clientAddressFrom(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string {
  const socket = socketAddress ?? 'unknown';
  if (hops === 0) return addressKey(socket);
  const list = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (list.length === 0) return addressKey(socket);
  return addressKey(list[Math.max(0, list.length - hops)]!);
}

let warned = false;

/** The client address server.ts set for this request, or "unknown" (one shared key) without it. */
export function clientAddress(headers: Headers): string {
  const secret = process.env[frontSecretEnv];
  const proof = headers.get(frontProofHeader);
  const address = headers.get(clientAddressHeader);
  if (secret && proof === secret && address) return address;
  if (!warned) {
    warned = true;
    console.error(
      'client address: this process was not started by server.ts (npm start), so every client shares one rate-limit key',
    );
  }
  return 'unknown';
}
