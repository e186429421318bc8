import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, defaultSiteConfig, mergeSiteConfig, parseSiteConfig } from '@/lib/config';

function errorsOf(overrides: Record<string, unknown>): string[] {
  try {
    parseSiteConfig(mergeSiteConfig(overrides));
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  return [];
}

describe('site configuration', () => {
  it('defaults to SAMHSA’s National Helpline and 988', () => {
    const config = parseSiteConfig(defaultSiteConfig);
    expect(config.helpline.tel).toBe('+18006624357');
    expect(config.helpline.displayNumber).toBe('1-800-662-4357');
    expect(config.helpline.paidAdvertiser).toBe(false);
    expect(config.crisis.call).toBe('988');
    expect(config.emergencyNumber).toBe('911');
  });

  it('refuses a malformed phone number, naming the field', () => {
    expect(errorsOf({ helpline: { tel: '1-800-662-4357' } })).toEqual([
      'site config: helpline.tel: must be a phone number in E.164 form, like +18006624357',
    ]);
  });

  it('refuses a paid-advertiser line without a disclosure', () => {
    expect(errorsOf({ helpline: { paidAdvertiser: true } })).toEqual([
      'site config: helpline.disclosure: is required when paidAdvertiser is true: say who answers calls and that they pay for them',
    ]);
  });

  it('refuses a bad site URL and a bad crisis number', () => {
    expect(errorsOf({ url: 'not a url', crisis: { call: 'nine-eight-eight' } })).toEqual([
      expect.stringMatching(/^site config: url: must be a full URL/),
      expect.stringMatching(/^site config: crisis\.call: must be a dialable number/),
    ]);
  });

  it('defaults to FindTreatment.gov for the locator and a neutral https page for Exit this page', () => {
    const config = parseSiteConfig(defaultSiteConfig);
    expect(config.locator.url).toBe('https://findtreatment.gov/locator');
    expect(config.locator.zipParameter).toBe('sAddr');
    expect(config.exitPage.url).toBe('https://www.bbc.co.uk/weather');
  });

  it('refuses a locator or exit address that is not https, naming each field', () => {
    expect(
      errorsOf({
        locator: { url: 'http://findtreatment.gov/locator' },
        exitPage: { url: 'http://www.bbc.co.uk/weather' },
      }),
    ).toEqual([
      'site config: locator.url: must be a full https URL, like https://findtreatment.gov/locator',
      'site config: exitPage.url: must be a full https URL, like https://www.bbc.co.uk/weather',
    ]);
  });

  it('refuses a script or relative address for Exit this page, and keeps the other locator fields', () => {
    expect(errorsOf({ exitPage: { url: 'javascript:alert(1)' } })).toEqual([
      'site config: exitPage.url: must be a full https URL, like https://www.bbc.co.uk/weather',
    ]);
    expect(errorsOf({ exitPage: { url: '/weather' } })).toEqual([
      'site config: exitPage.url: must be a full https URL, like https://www.bbc.co.uk/weather',
    ]);
    const merged = parseSiteConfig(
      mergeSiteConfig({ locator: { url: 'https://locator.example.org/search' } }),
    );
    expect(merged.locator).toEqual({
      name: 'FindTreatment.gov',
      url: 'https://locator.example.org/search',
      zipParameter: 'sAddr',
    });
  });

  it('refuses unknown fields (a typo would otherwise be ignored)', () => {
    expect(errorsOf({ helpline: { dispayNumber: '1' } })).toEqual([
      expect.stringMatching(/^site config: helpline: Unrecognized key/),
    ]);
  });
});

describe('the helpline banner', () => {
  const temps: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    temps.splice(0).forEach((f) => fs.rmSync(f, { force: true }));
  });

  async function renderBanner(overrides?: object): Promise<string> {
    if (overrides) {
      const file = path.join(os.tmpdir(), `site-config-${Date.now()}.json`);
      fs.writeFileSync(file, JSON.stringify(overrides));
      temps.push(file);
      vi.stubEnv('SITE_CONFIG_FILE', file);
    }
    vi.resetModules();
    const { HelplineBanner } = await import('@/components/helpline/helpline-banner');
    return renderToStaticMarkup(<HelplineBanner />);
  }

  it('with the default line: a tel: link named free, confidential, 24/7, and no paid disclosure', async () => {
    const html = await renderBanner();
    expect(html).toContain('href="tel:+18006624357"');
    expect(html).toContain(
      'aria-label="Call SAMHSA&#x27;s National Helpline at 1-800-662-4357 (free, confidential, 24/7)"',
    );
    expect(html).toContain('Who answers?');
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).not.toContain('helpline-disclosure');
  });

  it('with a paid advertiser: the banner itself says who answers and that they pay', async () => {
    const disclosure = 'Calls go to Example Treatment Centers, which pay this site for each call.';
    const html = await renderBanner({
      helpline: {
        name: 'Example Treatment Line',
        displayNumber: '1-555-010-0000',
        tel: '+15550100000',
        summary: 'paid advertiser',
        whoAnswers: 'Admissions staff at Example Treatment Centers.',
        paidAdvertiser: true,
        disclosure,
      },
    });
    expect(html).toContain('href="tel:+15550100000"');
    expect(html).toContain(`<p class="helpline-disclosure`);
    expect(html).toContain(disclosure);
    expect(html).toContain('Admissions staff at Example Treatment Centers.');
  });
});
