import { getSiteConfig } from '@/lib/config';

const linkClass = 'font-bold underline';

/** "call 988 or text 988": the crisis line's call and (if configured) text links. */
export function CrisisLinks() {
  const { crisis } = getSiteConfig();
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

/** "call 911". */
export function EmergencyLink() {
  const { emergencyNumber } = getSiteConfig();
  return (
    <a className={linkClass} href={`tel:${emergencyNumber}`} data-helpline-tap="emergency">
      call {emergencyNumber}
    </a>
  );
}
