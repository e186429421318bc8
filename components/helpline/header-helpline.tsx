import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/**
 * The helpline in the header on every screen size: the number as a tel: link with what the call
 * costs, in one or two short lines so the page title still shows on a small phone.
 */
export function HeaderHelpline({ lang = 'en' }: { lang?: Lang }) {
  const { helpline } = getSiteConfig();
  const t = getDictionary(lang).helpline;
  const name = lang === 'es' ? helpline.es.name : helpline.name;
  const summary = lang === 'es' ? helpline.es.summary : helpline.summary;
  return (
    <p className="header-helpline text-base leading-snug">
      <a
        href={`tel:${helpline.tel}`}
        data-helpline-tap="helpline"
        className="text-white no-underline hover:underline"
      >
        <span className="sr-only">{t.headerCall(name)}</span>
        {t.headerLabel}{' '}
        <strong className="whitespace-nowrap text-lg underline">{helpline.displayNumber}</strong>{' '}
        <span className="whitespace-nowrap">{summary}</span>
      </a>
      {helpline.paidAdvertiser ? <span> {t.paidAdvertiser}</span> : null}
    </p>
  );
}
