import fs from 'node:fs';
import { defaultSiteConfig } from './defaults';
import { siteConfigSchema, type SiteConfig } from './schema';

export type { Helpline, Locator, SiteConfig } from './schema';

export { defaultSiteConfig };

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
