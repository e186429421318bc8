import Link from '@/components/site-link';
import { getSiteConfig } from '@/lib/config';
import { paths } from '@/lib/urls';
import { CrisisLinks, EmergencyLink } from './crisis-links';

/** Accessible name of a helpline call link: number, who, and what the call costs. */
export function helplineLinkLabel(): string {
  const { helpline } = getSiteConfig();
  return `Call ${helpline.name} at ${helpline.displayNumber} (${helpline.summary})`;
}

/**
 * The helpline box on every page: number as a tel: link, hours, languages, who answers,
 * and the paid-advertiser disclosure itself when the configured line is one.
 */
export function HelplineBanner() {
  const { helpline } = getSiteConfig();
  return (
    <section
      id="helpline"
      aria-labelledby="helpline-heading"
      className="helpline-banner border-t-4 border-[#0b5394] bg-sky-50 px-4 py-6 dark:bg-slate-900"
    >
      <div className="mx-auto max-w-5xl">
        <h2 id="helpline-heading" className="text-xl font-bold">
          Talk to someone about treatment
        </h2>
        <p className="mt-2">
          <a
            href={`tel:${helpline.tel}`}
            aria-label={helplineLinkLabel()}
            data-helpline-tap="helpline"
            className="call-button inline-flex min-h-12 items-center rounded-md bg-[#0b5394] px-5 text-lg font-bold text-white underline-offset-4 hover:underline"
          >
            Call {helpline.displayNumber}
          </a>
        </p>
        <p className="mt-2">
          {helpline.name}. {helpline.cost}. {helpline.hours}. Languages:{' '}
          {helpline.languages.join(', ')}.
        </p>
        {helpline.paidAdvertiser ? (
          <p className="helpline-disclosure mt-2 rounded border-2 border-amber-600 bg-amber-50 p-3 font-semibold dark:bg-amber-950">
            {helpline.disclosure}
          </p>
        ) : null}
        <p className="mt-2">
          <Link className="underline" href={paths.page('helpline')}>
            Who answers?
          </Link>{' '}
          {helpline.whoAnswers}
        </p>
        <p className="mt-3">
          In crisis? <CrisisLinks />. In an emergency, <EmergencyLink />.
        </p>
      </div>
    </section>
  );
}
