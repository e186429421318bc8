import { getSiteConfig } from '@/lib/config';

/** The configured helpline in full: number, hours, languages, TTY, text, who answers and who pays. */
export function HelplineDetails() {
  const { helpline } = getSiteConfig();
  return (
    <dl className="not-prose my-6 grid gap-x-6 gap-y-3 rounded-md border border-slate-300 p-4 sm:grid-cols-[max-content_1fr] dark:border-slate-600">
      <dt className="font-bold">Helpline</dt>
      <dd>{helpline.name}</dd>
      <dt className="font-bold">Call</dt>
      <dd>
        <a
          className="font-bold underline"
          href={`tel:${helpline.tel}`}
          data-helpline-tap="helpline"
        >
          {helpline.displayNumber}
        </a>
      </dd>
      <dt className="font-bold">Hours</dt>
      <dd>{helpline.hours}</dd>
      <dt className="font-bold">Languages</dt>
      <dd>{helpline.languages.join(', ')}</dd>
      <dt className="font-bold">Cost</dt>
      <dd>{helpline.cost}</dd>
      {helpline.tty ? (
        <>
          <dt className="font-bold">TTY</dt>
          <dd>
            <a className="underline" href={`tel:${helpline.tty.tel}`} data-helpline-tap="tty">
              {helpline.tty.display}
            </a>
          </dd>
        </>
      ) : null}
      {helpline.text ? (
        <>
          <dt className="font-bold">Text</dt>
          <dd>
            <a className="underline" href={`sms:${helpline.text.number}`}>
              {helpline.text.instructions}
            </a>
          </dd>
        </>
      ) : null}
      <dt className="font-bold">Who answers</dt>
      <dd>{helpline.whoAnswers}</dd>
      <dt className="font-bold">Who pays</dt>
      <dd>
        {helpline.paidAdvertiser
          ? helpline.disclosure
          : 'No one pays this site for calls. The helpline is not a paid advertiser.'}
      </dd>
    </dl>
  );
}
