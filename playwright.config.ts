import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3210);
export const baseURL = `http://127.0.0.1:${port}`;

const launchOptions = { executablePath: chromiumPath, args: chromiumFlags };

/** Specs that only speak HTTP and start servers or databases of their own: run once, not per viewport. */
const httpOnly = /(caching|feedback-api|scale-out|server)\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: { baseURL, trace: 'off', launchOptions },
  projects: [
    {
      name: 'desktop',
      testIgnore: httpOnly,
      use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions },
    },
    {
      name: 'mobile',
      testIgnore: httpOnly,
      // Tests without a browser page (tagged noBrowser in tests/e2e/helpers.ts) ran on desktop.
      grepInvert: /@no-browser/,
      use: {
        ...devices['Pixel 7'],
        viewport: { width: 320, height: 640 },
        channel: undefined,
        launchOptions,
      },
    },
    // HTTP only (no browser), and heavy or stateful: once is enough.
    { name: 'http', testMatch: httpOnly },
  ],
  webServer: {
    command: `node dist/server.mjs -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      FEEDBACK_DB_PATH: process.env.E2E_DB_PATH ?? 'data/e2e-feedback.sqlite',
      FEEDBACK_ADMIN_TOKEN: 'e2e-admin-token-long-enough-to-be-accepted',
      FEEDBACK_RATE_LIMIT_PER_MINUTE: '0',
      FEEDBACK_PROCESS_LIMIT_PER_MINUTE: '0',
    },
  },
});
