import Link from '@/components/site-link';
import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { CrisisLinks, EmergencyLink } from './crisis-links';

/** The helpline as the edition in `lang` describes it (the numbers are the same in both). */
export function localHelpline(lang: Lang) {
  const { helpline } = getSiteConfig();
  return lang === 'es' ? { ...helpline, ...helpline.es } : helpline;
}

/** Accessible name of a helpline call link: number, who, and what the call costs. */
export function helplineLinkLabel(lang: Lang = 'en'): string {
  const helpline = localHelpline(lang);
  return getDictionary(lang).helpline.callLabel(
    helpline.name,
    helpline.displayNumber,
    helpline.summary,
  );
}

/**
 * The helpline box on every page: number as a tel: link, hours, languages, who answers,
 * and the paid-advertiser disclosure itself when the configured line is one. In Spanish it also
 * says how to reach a Spanish speaker.
 */
export function HelplineBanner({ lang = 'en' }: { lang?: Lang }) {
  const helpline = localHelpline(lang);
  const { helpline: configured } = getSiteConfig();
  const t = getDictionary(lang).helpline;
  return (
    <section
      id="helpline"
      aria-labelledby="helpline-heading"
      className="helpline-banner border-t-4 border-[#0b5394] bg-sky-50 px-4 py-6 dark:bg-slate-900"
    >
      <div className="mx-auto max-w-5xl">
        <h2 id="helpline-heading" className="text-xl font-bold">
          {t.heading}
        </h2>
        <p className="mt-2">
          <a
            href={`tel:${helpline.tel}`}
            aria-label={helplineLinkLabel(lang)}
            data-helpline-tap="helpline"
            className="call-button inline-flex min-h-12 items-center rounded-md bg-[#0b5394] px-5 text-lg font-bold text-white underline-offset-4 hover:underline"
          >
            {t.call} {helpline.displayNumber}
          </a>
        </p>
        <p className="mt-2">
          {helpline.name}. {helpline.cost}. {helpline.hours}. {t.languages}{' '}
          {helpline.languages.join(', ')}.
        </p>
        {lang === 'es' ? <p className="mt-2 font-semibold">{configured.es.spanishOption}</p> : null}
        {helpline.paidAdvertiser ? (
          <p className="helpline-disclosure mt-2 rounded border-2 border-amber-600 bg-amber-50 p-3 font-semibold dark:bg-amber-950">
            {helpline.disclosure}
          </p>
        ) : null}
        <p className="mt-2">
          <Link
            className="underline"
            href={pathsFor(lang).page(lang === 'es' ? 'linea-de-ayuda' : 'helpline')}
          >
            {t.whoAnswers}
          </Link>{' '}
          {helpline.whoAnswers}
        </p>
        <p className="mt-3">
          {t.inCrisis} <CrisisLinks lang={lang} startsSentence />. {t.inEmergency}{' '}
          <EmergencyLink lang={lang} />.
        </p>
      </div>
    </section>
  );
}
