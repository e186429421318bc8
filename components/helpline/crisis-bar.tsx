import { getSiteConfig } from '@/lib/config';

/** The thin bar at the very top of every page: 988 by call or text, and 911. */
export function CrisisBar() {
  const { crisis, emergencyNumber } = getSiteConfig();
  return (
    <div
      className="crisis-bar bg-red-800 px-4 py-2 text-sm text-white"
      role="region"
      aria-label="Crisis help"
    >
      <p className="mx-auto flex max-w-5xl flex-wrap gap-x-3 gap-y-1">
        <span className="font-bold">In crisis?</span>
        <span>
          <a
            className="font-bold underline"
            href={`tel:${crisis.call}`}
            data-helpline-tap="crisis-call"
          >
            Call {crisis.call}
          </a>{' '}
          or{' '}
          {crisis.text ? (
            <a className="font-bold underline" href={`sms:${crisis.text}`}>
              text {crisis.text}
            </a>
          ) : null}{' '}
          ({crisis.name})
        </span>
        <span>
          Emergency:{' '}
          <a
            className="font-bold underline"
            href={`tel:${emergencyNumber}`}
            data-helpline-tap="emergency"
          >
            call {emergencyNumber}
          </a>
        </span>
      </p>
    </div>
  );
}
