import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records, from before the first request, anything that would tell another party about the visit:
 * requests to another origin and cookies set by a response. `finish()` adds cookies in the jar.
 */
export function watchPrivacy(page: Page, origin: string) {
  const problems = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return;
    if (url.origin !== origin)
      problems.add(`request to another origin: ${url.origin}${url.pathname}`);
  });
  page.on('response', async (response) => {
    const cookie = await response.headerValue('set-cookie').catch(() => null);
    if (cookie)
      problems.add(`Set-Cookie from ${new URL(response.url()).pathname}: ${cookie.split('=')[0]}`);
  });
  return {
    async finish(context: BrowserContext): Promise<string[]> {
      for (const cookie of await context.cookies())
        problems.add(`cookie in the jar: ${cookie.name}`);
      return [...problems];
    },
  };
}
