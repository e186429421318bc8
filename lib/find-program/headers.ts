/**
 * Headers on every /find answer. The ZIP code is in the URL, so nobody caches it, and neither the
 * locator nor any site linked from the form page is told which page the reader came from.
 */
export const findResponseHeaders = {
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
} as const;
