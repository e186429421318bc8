/** How the quality scripts launch Debian's Chromium: Playwright's own browser cannot be downloaded here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without these flags Chromium tries the network (updates, sync) and is refused. */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type ViewportName = 'desktop' | 'mobile';

/** The two screens every page is checked on: a laptop and the narrowest phone WCAG reflow asks for. */
export const viewports: Record<
  ViewportName,
  { width: number; height: number; isMobile: boolean; hasTouch: boolean; deviceScaleFactor: number }
> = {
  desktop: { width: 1280, height: 800, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
  mobile: { width: 320, height: 640, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};
