import type { SiteConfig } from '../config/schema';
import { es } from './dictionaries/es';

/**
 * How a Spanish speaker reaches the crisis line, as one sentence part ("llame al 988 y marque 2, o
 * envíe AYUDA por mensaje de texto al 988"): the words the crisis links print, with the configured
 * key and keyword. Client-safe (the last-resort error page uses it); the content check asks for it
 * beside every 988 in Spanish text.
 */
export function spanishCrisisRoute(
  crisis: Pick<SiteConfig['crisis'], 'call' | 'text' | 'es'>,
): string {
  const t = es.crisisLinks;
  return `${t.callLine(crisis.call, crisis.es.callOption)}${t.listSeparator}${t.textLine(
    crisis.text ?? crisis.call,
    crisis.es.textKeyword,
  )}`;
}
