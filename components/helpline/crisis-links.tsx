import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

const linkClass = 'font-bold underline';

/**
 * "call 988 or text 988": the crisis line's call and (if configured) text links. In Spanish:
 * "llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988", from the configured numbers and options.
 */
export function CrisisLinks({
  lang = 'en',
  startsSentence = false,
}: {
  lang?: Lang;
  /** After "In crisis?" / "¿Está en crisis?": the first word takes a capital. */
  startsSentence?: boolean;
}) {
  const { crisis } = getSiteConfig();
  const t = getDictionary(lang).crisisLinks;
  // The Spanish edition names the key and the word that reach the line's Spanish speakers.
  const option = lang === 'es' ? crisis.es.callOption : undefined;
  const keyword = lang === 'es' ? crisis.es.textKeyword : undefined;
  return (
    <>
      <a className={linkClass} href={`tel:${crisis.call}`} data-helpline-tap="crisis-call">
        {startsSentence
          ? capitalize(t.callLine(crisis.call, option))
          : t.callLine(crisis.call, option)}
      </a>
      {crisis.text ? (
        <>
          {t.listSeparator}
          <a
            className={linkClass}
            href={keyword ? `sms:${crisis.text}?body=${keyword}` : `sms:${crisis.text}`}
          >
            {t.textLine(crisis.text, keyword)}
          </a>
        </>
      ) : null}
    </>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "call 911" / "llame al 911". */
export function EmergencyLink({ lang = 'en' }: { lang?: Lang }) {
  const { emergencyNumber } = getSiteConfig();
  return (
    <a className={linkClass} href={`tel:${emergencyNumber}`} data-helpline-tap="emergency">
      {getDictionary(lang).crisisLinks.call} {emergencyNumber}
    </a>
  );
}
