import type { NextConfig } from 'next';
import { findResponseHeaders } from './lib/find-program/headers';
import { apiHeaders, httpsOnlyHeaders, securityHeaders } from './lib/security-headers';

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
      { source: '/:path*', headers: [...securityHeaders] },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [...httpsOnlyHeaders],
      },
      { source: cacheablePages, headers: [{ key: 'Cache-Control', value: cdnPageCacheControl }] },
      { source: '/api/:path*', headers: [...apiHeaders] },
      // The ZIP code rides in the URL: never cached, never sent on as a referrer.
      ...['/find', '/es/encontrar'].map((source) => ({
        source,
        headers: Object.entries(findResponseHeaders).map(([key, value]) => ({ key, value })),
      })),
    ];
  },
};

export default nextConfig;
