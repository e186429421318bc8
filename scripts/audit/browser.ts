export { chromiumFlags, chromiumPath } from '../chromium';

export type ViewportName = 'desktop' | 'mobile';

/** The two screens every page is checked on: a laptop and the narrowest phone WCAG reflow asks for. */
export const viewports: Record<
  ViewportName,
  { width: number; height: number; isMobile: boolean; hasTouch: boolean; deviceScaleFactor: number }
> = {
  desktop: { width: 1280, height: 800, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
  mobile: { width: 320, height: 640, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};
