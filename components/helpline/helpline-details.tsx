import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/**
 * The configured helpline in full: number, hours, languages, TTY, text, who answers and who pays.
 * In Spanish it also says how to reach a Spanish speaker on it and on the crisis line, with sources.
 */
export function HelplineDetails({ lang = 'en' }: { lang?: Lang }) {
  const { helpline: configured, crisis } = getSiteConfig();
  const helpline = lang === 'es' ? { ...configured, ...configured.es } : configured;
  const t = getDictionary(lang).helplineDetails;
  return (
    <dl className="not-prose my-6 grid gap-x-6 gap-y-3 rounded-md border border-slate-300 p-4 md:grid-cols-[fit-content(14rem)_minmax(0,1fr)] [overflow-wrap:anywhere] dark:border-slate-600">
      <dt className="font-bold">{t.helpline}</dt>
      <dd>{helpline.name}</dd>
      <dt className="font-bold">{t.call}</dt>
      <dd>
        <a
          className="font-bold underline"
          href={`tel:${helpline.tel}`}
          data-helpline-tap="helpline"
        >
          {helpline.displayNumber}
        </a>
        {lang === 'es' ? <p className="mt-1">{configured.es.spanishOption}</p> : null}
      </dd>
      <dt className="font-bold">{t.hours}</dt>
      <dd>{helpline.hours}</dd>
      <dt className="font-bold">{t.languages}</dt>
      <dd>{helpline.languages.join(', ')}</dd>
      <dt className="font-bold">{t.cost}</dt>
      <dd>{helpline.cost}</dd>
      {helpline.tty ? (
        <>
          <dt className="font-bold">{t.tty}</dt>
          <dd>
            <a className="underline" href={`tel:${helpline.tty.tel}`} data-helpline-tap="tty">
              {helpline.tty.display}
            </a>
          </dd>
        </>
      ) : null}
      {helpline.text ? (
        <>
          <dt className="font-bold">{t.text}</dt>
          <dd>
            <a className="underline" href={`sms:${helpline.text.number}`}>
              {lang === 'es'
                ? (configured.es.textInstructions ?? helpline.text.instructions)
                : helpline.text.instructions}
            </a>
            {lang === 'es' && configured.es.textNote ? (
              <p className="mt-1">{configured.es.textNote}</p>
            ) : null}
          </dd>
        </>
      ) : null}
      <dt className="font-bold">{t.whoAnswers}</dt>
      <dd>{helpline.whoAnswers}</dd>
      <dt className="font-bold">{t.whoPays}</dt>
      <dd>{helpline.paidAdvertiser ? helpline.disclosure : t.notPaid}</dd>
      {lang === 'es' ? (
        <>
          <dt className="font-bold">{crisis.es.name}</dt>
          <dd data-spanish-crisis="">
            <p>
              {t.spanishCrisis.callPrefix}{' '}
              <a
                className="font-bold underline"
                href={`tel:${crisis.call}`}
                data-helpline-tap="crisis-call"
              >
                {crisis.call}
              </a>{' '}
              {t.spanishCrisis.middle(crisis.es.callOption, crisis.es.textKeyword)}{' '}
              <a className="font-bold underline" href={`sms:${crisis.text ?? crisis.call}`}>
                {crisis.text ?? crisis.call}
              </a>
              .
            </p>
          </dd>
          <dt className="font-bold">{t.spanishCrisis.sources}</dt>
          <dd>
            <ul className="list-disc pl-6">
              <li>
                <a className="underline" href={configured.es.source} rel="noopener noreferrer">
                  {t.spanishCrisis.helplineSource}
                </a>
              </li>
              <li>
                <a className="underline" href={crisis.es.source} rel="noopener noreferrer">
                  {t.spanishCrisis.crisisSource}
                </a>
              </li>
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
