import { CrisisLinks, EmergencyLink } from '@/components/helpline/crisis-links';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { Callout } from './callout';

/**
 * The emergency box every article carries (`<CrisisHelp />`): 911 and the crisis line, with
 * numbers and links from the site configuration, never typed into content by hand.
 */
export function CrisisHelp({ lang = 'en' }: { lang?: Lang }) {
  const t = getDictionary(lang).mdx;
  return (
    <Callout type="emergency" title={t.crisisTitle} lang={lang}>
      <p>
        {t.crisisOverdose} <EmergencyLink lang={lang} />. {t.crisisSuicide}{' '}
        <CrisisLinks lang={lang} />.
      </p>
    </Callout>
  );
}
