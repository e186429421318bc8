import { createHash, randomBytes } from 'node:crypto';

/** Random per process and never written anywhere: a client's hash cannot be traced back to its address. */
const processSalt = randomBytes(32);

/** Salted SHA-256 of a client address, so the limiter holds no IP addresses. */
export function hashClientAddress(
  address: string,
  salt: Uint8Array | string = processSalt,
): string {
  return createHash('sha256').update(salt).update(address).digest('base64url');
}

function wholeNumber(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** The per-client limit from FEEDBACK_RATE_LIMIT_PER_MINUTE (default 10; 0 turns limiting off). */
export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  return wholeNumber(env.FEEDBACK_RATE_LIMIT_PER_MINUTE, 10);
}

/**
 * The ceiling on posts per minute from all clients together, per server process, from
 * FEEDBACK_PROCESS_LIMIT_PER_MINUTE (default 3000; 0 turns it off): a backstop against a flood
 * from many addresses.
 */
export function processLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  return wholeNumber(env.FEEDBACK_PROCESS_LIMIT_PER_MINUTE, 3000);
}

/** The most clients one limiter remembers at once: its memory stays bounded whatever arrives. */
export const maxTrackedClients = 10_000;

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const retryAfter = (windowEnd: number, now: number) =>
  Math.max(1, Math.ceil((windowEnd - now) / 1000));

/** Fixed windows per client key, in memory, holding at most `maxKeys` clients. */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = maxTrackedClients,
  ) {}

  /** Clients remembered right now. */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one request for this key and says whether it is within the limit. */
  check(key: string): RateLimitResult {
    if (this.limit <= 0) return { allowed: true };
    const now = this.now();
    // Forget finished windows at least once a window: no client hash outlives two windows.
    if (now - this.lastSweep >= this.windowMs) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (!window && this.windows.size >= this.maxKeys) {
        this.sweep(now);
        if (this.windows.size >= this.maxKeys) {
          // Full of clients still inside their window: a new one waits for the oldest to end.
          const oldest = this.windows.values().next().value!;
          return {
            allowed: false,
            retryAfterSeconds: retryAfter(oldest.start + this.windowMs, now),
          };
        }
      }
      this.windows.delete(key); // re-inserted last: the map stays in window-start order
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: retryAfter(window.start + this.windowMs, now) };
  }

  /** Whether this key is over its limit now, without counting a request. */
  peek(key: string): RateLimitResult {
    const now = this.now();
    const window = this.windows.get(key);
    if (this.limit <= 0 || !window || now - window.start >= this.windowMs) return { allowed: true };
    if (window.count < this.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: retryAfter(window.start + this.windowMs, now) };
  }

  private sweep(now: number) {
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}

const limiters = new Map<string, RateLimiter>();

/**
 * A limiter by name, created on first use. Each limiter is used from one place only (the wrong
 * admin tokens in proxy.ts, the posts in the route handlers), so one process holds one of each.
 */
export function namedLimiter(name: string, create: () => RateLimiter): RateLimiter {
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = create();
    limiters.set(name, limiter);
  }
  return limiter;
}

/** The process-wide limiter for one endpoint ("feedback", "helpline-tap"), sized from the environment. */
export function getRateLimiter(name: string): RateLimiter {
  return namedLimiter(name, () => new RateLimiter(rateLimitFromEnv()));
}
