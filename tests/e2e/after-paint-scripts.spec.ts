import { expect, test } from '@playwright/test';
import { pageTypes, waitForHydration } from './helpers';

/**
 * The framework's scripts are fetched and run after the first paint (lib/server/after-paint-scripts.ts):
 * the reader sees the text first, and React still hydrates every page.
 */

/** Records, in the page, when the first script chunk ran and when the first contentful paint was. */
const recordOrder = () => {
  const order = { chunk: -1, paint: -1 };
  (window as unknown as { __order: typeof order }).__order = order;
  let queue: unknown[] | undefined;
  // Every Turbopack chunk starts by pushing itself onto globalThis.TURBOPACK.
  Object.defineProperty(globalThis, 'TURBOPACK', {
    configurable: true,
    get: () => queue,
    set: (value: unknown[]) => {
      queue = value;
      const push = value.push.bind(value);
      value.push = (...items: unknown[]) => {
        // The inline `_R_` script pushes a plain object; a chunk pushes an array.
        if (order.chunk < 0 && items.some(Array.isArray)) order.chunk = performance.now();
        return push(...items);
      };
    },
  });
  new PerformanceObserver((list) => {
    const fcp = list.getEntriesByName('first-contentful-paint')[0];
    if (fcp && order.paint < 0) order.paint = fcp.startTime;
  }).observe({ type: 'paint', buffered: true });
};

for (const [name, path] of Object.entries({
  article: pageTypes.article,
  search: pageTypes.search,
  'Spanish FAQ': '/es/preguntas-frecuentes',
})) {
  test(`${name}: no chunk runs before the first contentful paint, and the page hydrates`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.addInitScript(recordOrder);
    await page.goto(path);
    await waitForHydration(page);
    const order = await page.evaluate(
      () => (window as unknown as { __order: { chunk: number; paint: number } }).__order,
    );
    expect(order.paint).toBeGreaterThan(0);
    expect(order.chunk).toBeGreaterThanOrEqual(order.paint);
    expect(errors).toEqual([]);
  });
}

test('the HTML names every chunk once, inert, and the loader before them', async ({ request }) => {
  const html = await (await request.get(pageTypes.person)).text();
  expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]+" async/);
  expect(html).not.toMatch(/<link rel="preload" as="script"[^>]*\/_next\/static\//);
  const markers = [...html.matchAll(/data-after-paint="([^"]+)"/g)].map((match) => match[1]);
  expect(markers.length).toBeGreaterThan(3);
  expect(new Set(markers).size).toBe(markers.length);
  expect(html.indexOf('data-after-paint-loader')).toBeLessThan(html.indexOf('data-after-paint="'));
  // The charset stays first in the head.
  expect(html.indexOf('<meta charSet="utf-8"/>')).toBeLessThan(html.indexOf('<script'));
});
