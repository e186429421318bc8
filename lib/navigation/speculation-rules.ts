import { esPaths, paths } from '../urls';

/**
 * Prefetch on intent, with no script: the browser's Speculation Rules (Chromium 121 and later;
 * others ignore them). With "moderate" eagerness Chromium fetches a link's page when the pointer
 * has rested on it for about 200 ms, or as the finger or button goes down, so the page is often in
 * hand by the time the click lands. Nothing is fetched on load, and only this site's own pages:
 * never the APIs, the editors' pages, the per-answer feedback pages or the ZIP code form (which
 * sends the reader on to another site).
 */
const neverPrefetched = [
  '/api/*',
  '/admin',
  '/admin/*',
  paths.feedbackThanks,
  esPaths.feedbackThanks,
  `${paths.find}*`,
  `${esPaths.find}*`,
];

export const speculationRules = {
  prefetch: [
    {
      source: 'document',
      where: {
        and: [{ href_matches: '/*' }, { not: { href_matches: neverPrefetched } }],
      },
      eagerness: 'moderate',
    },
  ],
} as const;
