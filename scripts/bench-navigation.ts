/**
 * `npm run bench:navigation` (after `npm run build`): prefetch on intent against no prefetch, on a
 * throttled phone-like connection, in one run. The server is reached through a slow link of this
 * script's own (a TCP relay adding 75 ms each way and sharing 1.6 Mbit/s downstream, Lighthouse's
 * mobile figures), so that the browser's prefetches, which Chromium's own network emulation seemed
 * not to slow down in a first try, pay the same as everything else. For each round, in a fresh
 * Chromium context with a 4× slower CPU, it opens an article, then follows a link to another
 * article in two ways:
 * - hover: the pointer rests on the link 300 ms, then clicks (a mouse or trackpad);
 * - press: the button goes down on the link, comes up 100 ms later (about a tap's length);
 * once with the page's speculation rules (components/layout/speculation-rules.tsx) and once with
 * them removed (no prefetch at all, as the site was before). It prints, per way, the median time
 * from the click to the next page's first contentful paint, how many navigations were served from
 * a prefetch, and how many prefetches the page made on load, before the pointer moved (none is the
 * point of "on intent"). BENCH_ROUNDS (default 5) to change.
 */
import net from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { formatTable } from './audit/table';
import { machineLine, median } from './bench-baseline';
import { chromiumFlags, chromiumPath } from './chromium';
import { startNextServer, stopNextServer } from './next-server';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const from = '/articles/what-is-intensive-outpatient-program';
const modes = ['no prefetch', 'prefetch on intent'] as const;
const ways = ['hover', 'press'] as const;
type Mode = (typeof modes)[number];
type Way = (typeof ways)[number];
type Sample = { ms: number; prefetched: boolean; prefetchesOnLoad: number };

const oneWayMs = 75;
const downBytesPerMs = (1.6 * 1024 * 1024) / 8 / 1000;

/**
 * A TCP relay to `port` that delays every piece `oneWayMs` each way and sends the server's bytes
 * no faster than `downBytesPerMs`, shared by all connections (one phone, one link).
 */
function startSlowLink(port: number): Promise<{ url: string; close: () => void }> {
  let downFreeAt = 0;
  /** Pieces written to `to` in order, each not before its time. */
  const pipeWithDelay = (to: net.Socket) => {
    const queue: Array<{ piece: Buffer | null; due: number }> = [];
    let timer: NodeJS.Timeout | undefined;
    const pump = () => {
      timer = undefined;
      while (queue.length && queue[0]!.due <= Date.now()) {
        const { piece } = queue.shift()!;
        if (piece) to.write(piece);
        else to.end();
      }
      if (queue.length) timer = setTimeout(pump, queue[0]!.due - Date.now());
    };
    return (piece: Buffer | null, due: number) => {
      queue.push({ piece, due });
      if (!timer) timer = setTimeout(pump, due - Date.now());
    };
  };
  const relay = net.createServer((client) => {
    const server = net.connect(port, '127.0.0.1');
    const up = pipeWithDelay(server);
    const down = pipeWithDelay(client);
    const downDue = (bytes: number) => {
      downFreeAt = Math.max(downFreeAt, Date.now()) + bytes / downBytesPerMs;
      return downFreeAt + oneWayMs;
    };
    client.on('data', (piece) => up(piece, Date.now() + oneWayMs));
    client.on('end', () => up(null, Date.now() + oneWayMs));
    server.on('data', (piece) => down(piece, downDue(piece.length)));
    server.on('end', () => down(null, downDue(0)));
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    relay.listen(0, '127.0.0.1', () => {
      const address = relay.address() as net.AddressInfo;
      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => relay.close() });
    }),
  );
}

/** One navigation: open the article, (maybe) drop the rules, act on the link, time the next paint. */
async function navigate(browser: Browser, base: string, mode: Mode, way: Way): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let prefetchesOnLoad = 0;
  const countPrefetch = (request: { headers(): Record<string, string> }) => {
    if (request.headers()['sec-purpose']?.includes('prefetch')) prefetchesOnLoad += 1;
  };
  page.on('request', countPrefetch);
  try {
    await page.goto(base + from, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    page.off('request', countPrefetch);
    if (mode === 'no prefetch') {
      // Removing a rules script withdraws its rules.
      await page.evaluate(() =>
        document.querySelectorAll('script[type="speculationrules"]').forEach((s) => s.remove()),
      );
    }
    const link = page
      .locator('main a[href^="/articles/"]:not([href^="/articles/what-is"])')
      .first();
    await link.scrollIntoViewIfNeeded();
    const box = (await link.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    let clicked: number;
    if (way === 'hover') {
      await page.waitForTimeout(300);
      clicked = Date.now();
      await page.mouse.down();
      await page.mouse.up();
    } else {
      clicked = Date.now();
      await page.mouse.down();
      await page.waitForTimeout(100);
      await page.mouse.up();
    }
    await page.waitForURL((url) => url.pathname !== from);
    await page.waitForLoadState('load');
    await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint').length > 0,
      undefined,
      { timeout: 15_000 },
    );
    const next = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & {
        deliveryType?: string;
      };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: fcp?.startTime, origin: performance.timeOrigin, delivery: nav.deliveryType };
    });
    if (next.fcp === undefined) throw new Error('the next page reported no first contentful paint');
    // The next page's clock starts at its navigation; the click came before that.
    const ms = next.origin + next.fcp - clicked;
    return { ms, prefetched: next.delivery === 'navigational-prefetch', prefetchesOnLoad };
  } finally {
    await context.close();
  }
}

async function main() {
  const server = await startNextServer({});
  const link = await startSlowLink(server.port);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const samples = new Map<string, Sample[]>();
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const way of ways) {
        for (const mode of modes) {
          const sample = await navigate(browser, link.url, mode, way);
          const key = `${way}|${mode}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          console.log(
            `  round ${round}/${rounds} ${way}, ${mode}: click to next page's first paint ${Math.round(sample.ms)} ms${sample.prefetched ? ' (from the prefetch)' : ''}`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    link.close();
    await stopNextServer(server);
  }
  const rows = [
    [
      'way',
      'mode',
      'click → next FCP, median ms',
      'runs',
      'from a prefetch',
      'prefetches on load',
      'ratio',
    ],
  ];
  for (const way of ways) {
    const none = median(samples.get(`${way}|no prefetch`)!.map((s) => s.ms));
    for (const mode of modes) {
      const list = samples.get(`${way}|${mode}`)!;
      const value = median(list.map((s) => s.ms));
      rows.push([
        way,
        mode,
        String(Math.round(value)),
        list.map((s) => Math.round(s.ms)).join(' '),
        `${list.filter((s) => s.prefetched).length}/${list.length}`,
        String(list.reduce((sum, s) => sum + s.prefetchesOnLoad, 0)),
        `${(value / none).toFixed(2)}×`,
      ]);
    }
  }
  console.log(
    `\nbench:navigation: ${rounds} rounds, ${from} → another article, through a link of ${2 * oneWayMs} ms round trip and 1.6 Mbit/s, 4× CPU`,
  );
  console.log(formatTable(rows));
  console.log(machineLine());
  console.log('ratio: the median beside the same way with no prefetch.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
