import { defaultSiteConfig, getSiteConfig } from '../config';
import type { Problem } from './types';

/**
 * Phone numbers typed into content must be numbers the site configuration knows (the configured
 * helpline, TTY and text lines, or SAMHSA's default ones), so a mistyped digit never reaches a
 * reader in crisis. Short codes (911, 988) are left to the crisis components.
 */

const tenDigitNumber = /(?:\+?1[\s.-]?)?\(?\b(\d{3})\)?[\s.-]?(\d{3})[\s.-](\d{4})\b/g;
const vanityNumber = /\b1-(\d{3})-(\d{3})-([A-Z]{4})\b/g;
const keypad: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) =>
    [...letters].map((letter) => [letter, String(i + 2)]),
  ),
);

function lastTenDigits(number: string): string {
  return number.replace(/\D/g, '').slice(-10);
}

/** The ten-digit numbers content may mention. */
export function knownPhoneNumbers(): Set<string> {
  const numbers = new Set<string>();
  for (const config of [getSiteConfig(), defaultSiteConfig]) {
    const { helpline } = config;
    for (const n of [helpline.tel, helpline.tty?.tel, helpline.text?.number]) {
      if (n && lastTenDigits(n).length === 10) numbers.add(lastTenDigits(n));
    }
  }
  return numbers;
}

/** One problem per phone number in `text` that is not a known number. */
export function checkPhoneNumbers(
  file: string,
  fields: Array<[string, string]>,
  known: Set<string>,
  problems: Problem[],
): void {
  for (const [field, text] of fields) {
    const found = [
      ...[...text.matchAll(tenDigitNumber)].map((m) => ({ shown: m[0].trim(), digits: m[1]! + m[2]! + m[3]! })),
      ...[...text.matchAll(vanityNumber)].map((m) => ({
        shown: m[0],
        digits: m[1]! + m[2]! + [...m[3]!].map((c) => keypad[c]).join(''),
      })),
    ];
    for (const { shown, digits } of found) {
      if (!known.has(digits)) {
        problems.push({
          file,
          field,
          message: `phone number "${shown}" is not one the site configuration knows (${[...known].join(', ')}): check the digits, or use <HelplineDetails />`,
        });
      }
    }
  }
}
