import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { Callout } from './callout';
import { overdoseSafetyId } from './overdose-safety';
import { SourceList } from './source-list';

const sources = [
  {
    label: 'MedlinePlus: Alcohol withdrawal',
    url: 'https://medlineplus.gov/ency/article/000764.htm',
  },
  {
    label: 'FDA (2020): Boxed Warning for benzodiazepines',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class',
  },
  {
    label: 'MedlinePlus: Opiate and opioid withdrawal',
    url: 'https://medlineplus.gov/ency/article/000949.htm',
  },
] as const;

/**
 * The one withdrawal-safety warning every article that mentions withdrawal or detox carries
 * (`<WithdrawalSafety />`): stopping alcohol or sedatives suddenly can be dangerous, a supervised
 * stop is safer, and tolerance drops after stopping (linking to `<OverdoseSafety />`, which the
 * content check requires beside it). Its sources travel with it.
 */
export function WithdrawalSafety({ lang = 'en' }: { lang?: Lang }) {
  const t = getDictionary(lang).mdx;
  return (
    <Callout type="warning" title={t.withdrawalTitle} lang={lang}>
      {t.withdrawal.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <p>
        {t.withdrawalTolerance} <a href={`#${overdoseSafetyId}`}>{t.withdrawalOverdoseLink}</a>.
      </p>
      <SourceList sources={sources} labels={t.withdrawalSources} lang={lang} />
    </Callout>
  );
}
