import type { Locator } from '@/lib/config';

/** What a reader typed into the ZIP code box, read once for the proxy and the page alike. */
export type ZipInput =
  | { kind: 'none' }
  | { kind: 'empty' }
  | { kind: 'invalid'; value: string }
  | { kind: 'valid'; zip: string };

/** The longest value echoed back into the form: enough to show a typo, never a pasted essay. */
const echoLimit = 20;

/**
 * Reads the `zip` query value: absent, empty, a 5-digit ZIP code (ZIP+4 is cut to its first five
 * digits, as the locator searches by area), or anything else (invalid).
 */
export function readZip(raw: string | string[] | null | undefined): ZipInput {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === null) return { kind: 'none' };
  const trimmed = value.trim();
  if (trimmed === '') return { kind: 'empty' };
  const match = /^(\d{5})(?:[-\s]?\d{4})?$/.exec(trimmed);
  if (match) return { kind: 'valid', zip: match[1]! };
  return { kind: 'invalid', value: trimmed.slice(0, echoLimit) };
}

/** The message shown above the form and beside the box, or undefined when there is nothing wrong. */
export function zipErrorMessage(
  input: ZipInput,
  messages: { errorEmpty: string; errorInvalid: string } = {
    errorEmpty: 'Enter a ZIP code',
    errorInvalid: 'Enter a ZIP code with 5 numbers, like 20857',
  },
): string | undefined {
  if (input.kind === 'empty') return messages.errorEmpty;
  if (input.kind === 'invalid') return messages.errorInvalid;
  return undefined;
}

/** The locator's results page for a ZIP code. */
export function locatorUrlFor(zip: string, locator: Locator): string {
  const url = new URL(locator.url);
  url.searchParams.set(locator.zipParameter, zip);
  return url.toString();
}
