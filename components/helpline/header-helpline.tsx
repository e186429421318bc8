import { getSiteConfig } from '@/lib/config';

/**
 * The helpline in the header on every screen size: the number as a tel: link with what the call
 * costs, in one or two short lines so the page title still shows on a small phone.
 */
export function HeaderHelpline() {
  const { helpline } = getSiteConfig();
  return (
    <p className="header-helpline text-base leading-snug">
      <a
        href={`tel:${helpline.tel}`}
        data-helpline-tap="helpline"
        className="text-white no-underline hover:underline"
      >
        <span className="sr-only">Call {helpline.name}: </span>
        Helpline{' '}
        <strong className="whitespace-nowrap text-lg underline">
          {helpline.displayNumber}
        </strong>{' '}
        <span className="whitespace-nowrap">{helpline.summary}</span>
      </a>
      {helpline.paidAdvertiser ? <span> (paid advertiser)</span> : null}
    </p>
  );
}
