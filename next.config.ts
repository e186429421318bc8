import type { NextConfig } from 'next';
import { getSiteConfig } from './lib/config';
import { findResponseHeaders } from './lib/find-program/headers';

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

const securityHeaders = [
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

/**
 * Prerendered pages: a CDN may keep them 5 minutes and serve a stale copy for a day while it
 * fetches a fresh one; browsers always revalidate (max-age=0), so a content fix reaches readers
 * within minutes. /_next/static already gets "immutable" from Next.
 */
const cdnPageCacheControl = 'public, max-age=0, s-maxage=300, stale-while-revalidate=86400';

/**
 * Every path except the ones that answer per request: APIs, the editors' view (behind a token),
 * the feedback thank-you page (per answer), search results, the ZIP code form, and Next's own assets.
 */
const cacheablePages =
  '/((?!api(?:/|$)|admin(?:/|$)|feedback(?:/|$)|search(?:/|$)|find(?:/|$)|es/(?:comentarios|buscar|encontrar)(?:/|$)|_next/).*)';

const nextConfig: NextConfig = {
  // Two root layouts (app/(en), app/(es)): a path that matches no route gets app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  poweredByHeader: false,
  // Benchmarks build into their own folder so they never clobber the real build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  reactStrictMode: true,
  serverExternalPackages: ['better-sqlite3', 'pg'],
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // HSTS only when the request reached us over https (the proxy in front says so).
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [
          { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
        ],
      },
      { source: cacheablePages, headers: [{ key: 'Cache-Control', value: cdnPageCacheControl }] },
      // Never cached by a CDN or a browser, whatever a route handler forgets to say.
      { source: '/api/:path*', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
      // The ZIP code rides in the URL: never cached, never sent on as a referrer.
      ...['/find', '/es/encontrar'].map((source) => ({
        source,
        headers: Object.entries(findResponseHeaders).map(([key, value]) => ({ key, value })),
      })),
    ];
  },
};

export default nextConfig;
