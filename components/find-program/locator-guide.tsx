import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** What to do on the locator's results page to find IOP, and the helpline for those who would rather talk. */
export function LocatorGuide({ lang = 'en' }: { lang?: Lang }) {
  const { helpline: configured, locator } = getSiteConfig();
  const helpline = lang === 'es' ? { ...configured, ...configured.es } : configured;
  const t = getDictionary(lang).find;
  const h = getDictionary(lang).helpline;
  return (
    <div className="locator-guide mt-6 text-base leading-relaxed">
      <p className="font-bold">{t.guideIntro(locator.name)}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <strong>{t.guideType}</strong> {t.guideTypeText}
        </li>
        <li>
          <strong>{t.guidePayment}</strong> {t.guidePaymentText}
        </li>
        <li>
          <strong>{t.guideLanguage}</strong> {t.guideLanguageText}
        </li>
      </ul>
      <p className="mt-3">{t.guideOutdated}</p>
      <p className="mt-3">
        {t.guideTalk}{' '}
        <a
          className="font-bold underline"
          href={`tel:${helpline.tel}`}
          data-helpline-tap="helpline"
        >
          <span className="sr-only">{h.headerCall(helpline.name)}</span>
          {helpline.displayNumber}
        </a>{' '}
        ({helpline.summary}). {t.guideTalkAfter}
      </p>
    </div>
  );
}
