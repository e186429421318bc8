import { getSiteConfig } from '@/lib/config';
import { getArticle } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { Callout } from './callout';
import { SourceList } from './source-list';

const sources = [
  {
    label: 'CDC: Lifesaving naloxone',
    url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html',
  },
  {
    label: 'SAMHSA: Non-prescription (over-the-counter) naloxone FAQ',
    url: 'https://www.samhsa.gov/medications-substance-use-disorders/medications-counseling-related-conditions/opioid-overdose-reversal-medications/over-the-counter-naloxone-faqs',
  },
  {
    label: 'CDC: Recognizing an opioid overdose',
    url: 'https://www.cdc.gov/drugoverdose/prevention/index.html',
  },
  {
    label: 'Merrall and others (2010): Drug-related deaths soon after release from prison',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2955973',
  },
  {
    label: 'SAMHSA Decisions in Recovery: Naltrexone',
    url: 'https://mat-decisions-in-recovery.samhsa.gov/section/which/naltrexone.aspx',
  },
  {
    label: 'Drug Policy Alliance: Good Samaritan overdose laws',
    url: 'https://drugpolicy.org/issues/good-samaritan-fatal-overdose-prevention-laws',
  },
] as const;

/**
 * The article the box sends readers to for more, in each edition. It is linked only once the
 * content has it, so the box never points at a missing page.
 */
export const overdoseArticleSlug: Record<Lang, string> = {
  en: 'overdose-naloxone-and-fentanyl',
  es: 'sobredosis-naloxona-y-fentanilo',
};

/** The box's id: `<WithdrawalSafety />` links here, and the content check requires both together. */
export const overdoseSafetyId = 'overdose-safety';

/**
 * The one copy of the overdose-response words (`<OverdoseSafety />`), on every article that
 * mentions opioids, overdose or stimulants: lower tolerance after a break, naloxone and where to
 * get it, the signs, call 911 and stay, and the Good Samaritan note. Its sources travel with it.
 */
export function OverdoseSafety({ lang = 'en' }: { lang?: Lang }) {
  const t = getDictionary(lang).mdx.overdose;
  const { emergencyNumber } = getSiteConfig();
  const article = getArticle(overdoseArticleSlug[lang], lang);
  return (
    <Callout type="warning" title={t.title} lang={lang} id={overdoseSafetyId}>
      <p>{t.tolerance}</p>
      <p>{t.naloxone}</p>
      <p>{t.signs}</p>
      <p className="font-semibold">{t.respond(emergencyNumber)}</p>
      <p>
        {t.goodSamaritan(emergencyNumber)}
        {article ? (
          <>
            {' '}
            {t.readMore} <a href={pathsFor(lang).article(article.slug)}>{article.title}</a>.
          </>
        ) : null}
      </p>
      <SourceList sources={sources} labels={t.sources} lang={lang} />
    </Callout>
  );
}
