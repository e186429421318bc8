import { describe, expect, it } from 'vitest';
import { defaultSiteConfig } from '@/lib/config';
import { locatorUrlFor, readZip, zipErrorMessage } from '@/lib/find-program/zip';

describe('reading the ZIP code from /find', () => {
  it('tells apart no ZIP code, an empty one, a valid one and anything else', () => {
    expect(readZip(undefined)).toEqual({ kind: 'none' });
    expect(readZip(null)).toEqual({ kind: 'none' });
    expect(readZip('   ')).toEqual({ kind: 'empty' });
    expect(readZip(' 20857 ')).toEqual({ kind: 'valid', zip: '20857' });
    expect(readZip('20857-1234')).toEqual({ kind: 'valid', zip: '20857' });
    expect(readZip(['20857', 'x'])).toEqual({ kind: 'valid', zip: '20857' });
    for (const bad of ['2085', '208577', 'abcde', '20857-12', '<script>']) {
      expect(readZip(bad).kind, bad).toBe('invalid');
    }
  });

  it('echoes back at most 20 characters of a wrong value', () => {
    expect(readZip('x'.repeat(500))).toEqual({ kind: 'invalid', value: 'x'.repeat(20) });
  });

  it('says what to fix, and nothing when the input is fine or absent', () => {
    expect(zipErrorMessage({ kind: 'empty' })).toBe('Enter a ZIP code');
    expect(zipErrorMessage({ kind: 'invalid', value: 'abc' })).toMatch(/5 numbers/);
    expect(zipErrorMessage({ kind: 'none' })).toBeUndefined();
    expect(zipErrorMessage({ kind: 'valid', zip: '20857' })).toBeUndefined();
  });

  it('builds the locator address from the configuration', () => {
    expect(locatorUrlFor('20857', defaultSiteConfig.locator)).toBe(
      'https://findtreatment.gov/locator?sAddr=20857',
    );
    expect(
      locatorUrlFor('20857', {
        name: 'x',
        url: 'https://x.example.org/s?lang=es',
        zipParameter: 'zip',
      }),
    ).toBe('https://x.example.org/s?lang=es&zip=20857');
  });
});
