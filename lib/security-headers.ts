/** The headers every answer carries (next.config.ts gives them to Next's answers). */
import { getSiteConfig } from './config';

/**
 * Forms may post to this site and to the treatment locator's origin only: Chromium applies
 * form-action to the redirect after a submit too, and /find answers 303 to the locator.
 */
const locatorOrigin = new URL(getSiteConfig().locator.url).origin;

/**
 * Static headers keep pages static (a nonce-based CSP would make every page dynamic).
 * Next's inline flight data needs 'unsafe-inline' for scripts; everything else is strict.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  `form-action 'self' ${locatorOrigin}`,
].join('; ');

/** On every path. */
export const securityHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value:
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** HSTS, only when the request reached us over https (the proxy in front says so). */
export const httpsOnlyHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
];

/** Under /api: never cached by a CDN or a browser, whatever a route handler forgets to say. */
export const apiHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Cache-Control', value: 'no-store' },
];
