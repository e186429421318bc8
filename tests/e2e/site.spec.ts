import { expect, test } from '@playwright/test';
import { pageTypes } from './helpers';

test.describe('helpline and crisis lines', () => {
  for (const [kind, path] of Object.entries(pageTypes)) {
    test(`the ${kind} page has a working helpline call link and 988`, async ({ page }) => {
      await page.goto(path);
      const call = page.getByRole('link', { name: /free, confidential, 24\/7/ });
      expect(await call.count()).toBeGreaterThanOrEqual(1);
      await expect(call.first()).toHaveAttribute('href', 'tel:+18006624357');
      await expect(page.getByRole('link', { name: 'Who answers?' })).toHaveAttribute(
        'href',
        '/helpline',
      );
      await expect(page.locator('a[href="tel:988"]').first()).toBeVisible();
      await expect(page.locator('a[href="sms:988"]').first()).toBeVisible();
      await expect(page.locator('a[href="tel:911"]').first()).toBeAttached();
    });
  }

  test('988 and 911 are visible without scrolling on the home page', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('.crisis-bar a[href="tel:988"]')).toBeInViewport();
    await expect(page.locator('.crisis-bar a[href="tel:911"]')).toBeInViewport();
  });

  test('the header shows the helpline on every screen size, and no call button is fixed on screen', async ({
    page,
  }) => {
    for (const width of [320, 768, 1280]) {
      await page.setViewportSize({ width, height: 568 });
      await page.goto(pageTypes.article);
      const call = page.locator('.site-header a[href="tel:+18006624357"]');
      await expect(call, `${width}px`).toBeInViewport();
      await expect(call, `${width}px`).toContainText('1-800-662-4357');
      await expect(call, `${width}px`).toContainText('free, confidential, 24/7');
    }
    // No second call button fixed on screen: every call link scrolls with the page.
    const fixed = await page.evaluate(
      () =>
        [...document.querySelectorAll('a[href^="tel:"]')].filter((a) => {
          for (let el: Element | null = a; el; el = el.parentElement)
            if (getComputedStyle(el).position === 'fixed') return true;
          return false;
        }).length,
    );
    expect(fixed).toBe(0);
  });

  test('on a 320 × 568 phone the page title still starts in the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    for (const path of [
      pageTypes.home,
      pageTypes.article,
      pageTypes.faq,
      pageTypes.trust,
      '/find',
    ]) {
      await page.goto(path);
      const top = (await page.locator('main h1').boundingBox())!.y;
      // At least its first line (about 40 px) shows without scrolling.
      expect(top, `${path}: top of the h1`).toBeLessThan(568 - 48);
    }
  });

  test('the helpline page lists TTY and text options', async ({ page }) => {
    await page.goto('/helpline');
    await expect(page.locator('a[href="tel:+18004874889"]').first()).toBeVisible();
    await expect(page.locator('a[href="sms:435748"]').first()).toBeVisible();
  });
});

test.describe('for search engines', () => {
  async function jsonLd(page: import('@playwright/test').Page) {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.flatMap((text) => [JSON.parse(text)].flat()) as Array<Record<string, unknown>>;
  }

  test('an article has MedicalWebPage, BreadcrumbList and FAQPage data', async ({ page }) => {
    await page.goto(pageTypes.article);
    const data = await jsonLd(page);
    const article = data.find((d) => d['@type'] === 'MedicalWebPage')!;
    // Its review (or that it has none) is checked for every article in article.spec.ts.
    for (const field of ['author', 'datePublished', 'dateModified', 'citation']) {
      expect(article, field).toHaveProperty(field);
    }
    expect((article.citation as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(data.find((d) => d['@type'] === 'BreadcrumbList')).toBeTruthy();
    expect(data.find((d) => d['@type'] === 'FAQPage')).toBeTruthy();
  });

  test('the home page has Organization and WebSite with a search action; /faq marks up no question twice', async ({
    page,
  }) => {
    await page.goto('/');
    const home = await jsonLd(page);
    expect(home.map((d) => d['@type'])).toEqual(
      expect.arrayContaining(['Organization', 'WebSite']),
    );
    const site = home.find((d) => d['@type'] === 'WebSite') as {
      potentialAction: { target: { urlTemplate: string } };
    };
    expect(site.potentialAction.target.urlTemplate).toMatch(/\/search\?q=\{search_term_string\}$/);
    // Each question is marked up once, on its own article (search engines ask for one instance of a
    // question repeated across a site); /faq carries its breadcrumbs only.
    await page.goto('/faq');
    const types = (await jsonLd(page)).map((d) => d['@type']);
    expect(types).toContain('BreadcrumbList');
    expect(types).not.toContain('FAQPage');
  });

  test('pages have a title, description, canonical URL, Open Graph image, lang and theme colour', async ({
    page,
  }) => {
    await page.goto(pageTypes.article);
    await expect(page).toHaveTitle(/intensive outpatient program.*\| IOP Guide/i);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/articles\/what-is-intensive-outpatient-program$/,
    );
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', '#0b5394');
    const image = await page.locator('meta[property="og:image"]').first().getAttribute('content');
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const response = await page.request.get(new URL(image!).pathname);
    expect(response.headers()['content-type']).toBe('image/png');
  });

  test('the sitemap lists every article with its last change; robots.txt points to it', async ({
    request,
  }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    expect(sitemap).toContain('/articles/what-is-intensive-outpatient-program</loc>');
    expect(sitemap).toMatch(/<lastmod>2026-\d\d-\d\d/);
    expect(sitemap.match(/<loc>[^<]*\/articles\//g)!.length).toBeGreaterThanOrEqual(12);
    expect(sitemap).not.toContain('/admin');
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    expect(robots).toContain('Disallow: /admin/');
  });
});

test.describe('safety', () => {
  test('every response carries the security headers', async ({ request }) => {
    for (const path of [
      pageTypes.home,
      pageTypes.article,
      '/api/search?q=cost',
      pageTypes.notFound,
    ]) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy'], path).toContain("default-src 'self'");
      for (const directive of [
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ]) {
        expect(headers['content-security-policy'], path).toContain(directive);
      }
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBeTruthy();
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['x-powered-by']).toBeUndefined();
    }
  });

  test('HSTS is sent over https (as the proxy reports it) and not over plain http', async ({
    request,
  }) => {
    const overHttps = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(overHttps.headers()['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    const overHttp = await request.get('/');
    expect(overHttp.headers()['strict-transport-security']).toBeUndefined();
  });

  test('no page type makes a request to another origin or sets a cookie', async ({
    page,
    context,
    baseURL,
  }) => {
    const foreign: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
        foreign.push(req.url());
    });
    const consoleErrors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
    for (const path of Object.values(pageTypes)) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(consoleErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
