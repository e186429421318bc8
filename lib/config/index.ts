import fs from 'node:fs';
import { siteConfigSchema, type SiteConfig } from './schema';

export type { Helpline, Locator, SiteConfig } from './schema';

/** SAMHSA's National Helpline and the 988 Lifeline (see shared/reference/facts.md). */
export const defaultSiteConfig = {
  name: 'IOP Guide',
  shortName: 'IOP Guide',
  description:
    'Plain-language, sourced answers about intensive outpatient programs (IOP) for substance use disorders.',
  url: 'http://localhost:3000',
  locale: 'en-US',
  themeColor: '#0b5394',
  helpline: {
    name: "SAMHSA's National Helpline",
    displayNumber: '1-800-662-4357',
    tel: '+18006624357',
    summary: 'free, confidential, 24/7',
    hours: '24 hours a day, 7 days a week, 365 days a year',
    languages: ['English', 'Spanish'],
    cost: 'Free and confidential',
    tty: { display: '1-800-487-4889', tel: '+18004874889' },
    text: {
      instructions: 'Text your ZIP code to 435748 (HELP4U) for help near you (English)',
      number: '435748',
    },
    whoAnswers:
      'Information specialists at SAMHSA, a US government agency. They give referrals and information, not counseling.',
    paidAdvertiser: false,
    url: 'https://www.samhsa.gov/find-help/national-helpline',
  },
  crisis: {
    name: '988 Suicide & Crisis Lifeline',
    call: '988',
    text: '988',
    chatUrl: 'https://988lifeline.org/',
    description: 'Call or text 988 any time if you are in crisis or thinking about suicide.',
  },
  emergencyNumber: '911',
  // SAMHSA's locator, searched by ZIP code (shared/reference/facts.md).
  locator: {
    name: 'FindTreatment.gov',
    url: 'https://findtreatment.gov/locator',
    zipParameter: 'sAddr',
  },
  // GOV.UK's default for its "Exit this page" component: a busy, neutral page nobody would
  // question on a shared screen, which reveals nothing about the site the reader left.
  exitPage: { url: 'https://www.bbc.co.uk/weather' },
  startHere: [
    'what-is-intensive-outpatient-program',
    'is-iop-right-for-me',
    'iop-cost-and-insurance',
  ],
} satisfies SiteConfig;

/** Thrown when the site configuration is invalid; names every bad field. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(`Invalid site configuration:\n${lines.join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates a configuration; throws ConfigError naming each field that is wrong. */
export function parseSiteConfig(input: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  // One line per problem: a URL can fail two checks (scheme and host) with the same message.
  const lines = result.error.issues.map(
    (issue) => `site config: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new ConfigError([...new Set(lines)]);
}

/** Overrides from an operator's JSON file: top-level keys replace; the nested objects merge. */
export function mergeSiteConfig(overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...defaultSiteConfig, ...overrides };
  for (const key of ['helpline', 'crisis', 'locator', 'exitPage'] as const) {
    if (overrides[key] && typeof overrides[key] === 'object') {
      merged[key] = { ...defaultSiteConfig[key], ...(overrides[key] as object) };
    }
  }
  return merged;
}

function readOverrides(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  try {
    return JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ file, 'utf8')) as Record<
      string,
      unknown
    >;
  } catch (error) {
    throw new ConfigError([`site config: SITE_CONFIG_FILE (${file}): ${(error as Error).message}`]);
  }
}

let cached: SiteConfig | undefined;

/**
 * The site configuration, validated once per process: the defaults, then the JSON file named by
 * `SITE_CONFIG_FILE` (if any), then `SITE_URL`.
 */
export function getSiteConfig(): SiteConfig {
  if (!cached) {
    const merged = mergeSiteConfig(readOverrides(process.env.SITE_CONFIG_FILE));
    if (process.env.SITE_URL) merged.url = process.env.SITE_URL;
    cached = parseSiteConfig(merged);
  }
  return cached;
}
