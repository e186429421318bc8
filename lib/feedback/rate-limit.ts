import { createHash, randomBytes } from 'node:crypto';

/** Random per process and never written anywhere: a client's hash cannot be traced back to its address. */
const salt = randomBytes(32);

/** Salted SHA-256 of a client address, so the limiter holds no IP addresses. */
export function hashClientAddress(address: string): string {
  return createHash('sha256').update(salt).update(address).digest('base64url');
}

/** The client address: first hop of X-Forwarded-For (Next sets it to the socket address when absent). */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}

/** The per-minute limit from FEEDBACK_RATE_LIMIT_PER_MINUTE (default 10; 0 turns limiting off). */
export function rateLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FEEDBACK_RATE_LIMIT_PER_MINUTE;
  if (raw === undefined || raw.trim() === '') return 10;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : 10;
}

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Fixed one-minute windows per client key, in memory (one process; see README for scaling out). */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private lastSweep = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request for this key and says whether it is within the limit. */
  check(key: string): RateLimitResult {
    if (this.limit <= 0) return { allowed: true };
    const now = this.now();
    // Forget finished windows at least once a minute: no client hash outlives two windows.
    if (now - this.lastSweep >= this.windowMs) this.sweep(now);
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.limit) return { allowed: true };
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
    };
  }

  private sweep(now: number) {
    this.lastSweep = now;
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}

const limiters = new Map<string, RateLimiter>();

/** The process-wide limiter for one endpoint ("feedback", "helpline-tap"), sized from the environment. */
export function getRateLimiter(name: string): RateLimiter {
  let limiter = limiters.get(name);
  if (!limiter) {
    limiter = new RateLimiter(rateLimitFromEnv());
    limiters.set(name, limiter);
  }
  return limiter;
}
