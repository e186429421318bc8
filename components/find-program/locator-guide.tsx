import { getSiteConfig } from '@/lib/config';

/** What to do on the locator's results page to find IOP, and the helpline for those who would rather talk. */
export function LocatorGuide() {
  const { helpline, locator } = getSiteConfig();
  return (
    <div className="locator-guide mt-6 text-base leading-relaxed">
      <p className="font-bold">On {locator.name}, use the filters to find IOP:</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <strong>Type of care:</strong> choose intensive outpatient.
        </li>
        <li>
          <strong>Payment:</strong> choose how you will pay, such as Medicaid, Medicare or private
          insurance. With no insurance, look for a sliding fee (the price goes down when your income
          is lower) or free care.
        </li>
        <li>
          <strong>Language:</strong> choose one if you want care in Spanish or another language.
        </li>
      </ul>
      <p className="mt-3">
        Listings can be out of date. Call a program before you go to check that it has space and
        takes your way of paying.
      </p>
      <p className="mt-3">
        Would you rather talk to someone?{' '}
        <a
          className="font-bold underline"
          href={`tel:${helpline.tel}`}
          data-helpline-tap="helpline"
        >
          <span className="sr-only">Call {helpline.name}: </span>
          {helpline.displayNumber}
        </a>{' '}
        ({helpline.summary}). They can find programs near you too.
      </p>
    </div>
  );
}
