import { getSiteConfig } from '@/lib/config';
import type { Lang } from '@/lib/i18n/lang';

const labels = {
  en: {
    helpline: 'Helpline',
    call: 'Call',
    hours: 'Hours',
    languages: 'Languages',
    cost: 'Cost',
    tty: 'TTY',
    text: 'Text',
    whoAnswers: 'Who answers',
    whoPays: 'Who pays',
    notPaid: 'No one pays this site for calls. The helpline is not a paid advertiser.',
  },
  es: {
    helpline: 'Línea de ayuda',
    call: 'Llame al',
    hours: 'Horario',
    languages: 'Idiomas',
    cost: 'Costo',
    tty: 'TTY (para personas sordas o con problemas de audición)',
    text: 'Mensaje de texto',
    whoAnswers: 'Quién contesta',
    whoPays: 'Quién paga',
    notPaid:
      'Nadie le paga a este sitio por las llamadas. La línea de ayuda no es un anunciante pagado.',
  },
} as const;

/**
 * The configured helpline in full: number, hours, languages, TTY, text, who answers and who pays.
 * In Spanish it also says how to reach a Spanish speaker on it and on the crisis line, with sources.
 */
export function HelplineDetails({ lang = 'en' }: { lang?: Lang }) {
  const { helpline: configured, crisis } = getSiteConfig();
  const helpline = lang === 'es' ? { ...configured, ...configured.es } : configured;
  const t = labels[lang];
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
              {helpline.text.instructions}
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
              Para hablar en español, llame al{' '}
              <a
                className="font-bold underline"
                href={`tel:${crisis.call}`}
                data-helpline-tap="crisis-call"
              >
                {crisis.call}
              </a>{' '}
              y marque {crisis.es.callOption}, o envíe la palabra {crisis.es.textKeyword} por
              mensaje de texto al{' '}
              <a className="font-bold underline" href={`sms:${crisis.text ?? crisis.call}`}>
                {crisis.text ?? crisis.call}
              </a>
              .
            </p>
          </dd>
          <dt className="font-bold">Fuentes</dt>
          <dd>
            <ul className="list-disc pl-6">
              <li>
                <a className="underline" href={configured.es.source} rel="noopener noreferrer">
                  SAMHSA: National Helpline (en inglés)
                </a>
              </li>
              <li>
                <a className="underline" href={crisis.es.source} rel="noopener noreferrer">
                  988 Lifeline: What to expect (en inglés)
                </a>
              </li>
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
