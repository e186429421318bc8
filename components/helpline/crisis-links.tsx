import { getSiteConfig } from '@/lib/config';
import type { Lang } from '@/lib/i18n/lang';

const linkClass = 'font-bold underline';

/**
 * "call 988 or text 988": the crisis line's call and (if configured) text links. In Spanish:
 * "llame al 988 y marque 2, o envíe AYUDA al 988", from the configured numbers and options.
 */
export function CrisisLinks({ lang = 'en' }: { lang?: Lang }) {
  const { crisis } = getSiteConfig();
  if (lang === 'es') {
    return (
      <>
        <a className={linkClass} href={`tel:${crisis.call}`} data-helpline-tap="crisis-call">
          llame al {crisis.call} y marque {crisis.es.callOption}
        </a>
        {crisis.text ? (
          <>
            {', o '}
            <a className={linkClass} href={`sms:${crisis.text}?body=${crisis.es.textKeyword}`}>
              envíe {crisis.es.textKeyword} al {crisis.text}
            </a>
          </>
        ) : null}
      </>
    );
  }
  return (
    <>
      <a className={linkClass} href={`tel:${crisis.call}`} data-helpline-tap="crisis-call">
        call {crisis.call}
      </a>
      {crisis.text ? (
        <>
          {' or '}
          <a className={linkClass} href={`sms:${crisis.text}`}>
            text {crisis.text}
          </a>
        </>
      ) : null}
    </>
  );
}

/** "call 911" / "llame al 911". */
export function EmergencyLink({ lang = 'en' }: { lang?: Lang }) {
  const { emergencyNumber } = getSiteConfig();
  return (
    <a className={linkClass} href={`tel:${emergencyNumber}`} data-helpline-tap="emergency">
      {lang === 'es' ? 'llame al' : 'call'} {emergencyNumber}
    </a>
  );
}
