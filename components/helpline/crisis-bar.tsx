import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { CrisisLinks, EmergencyLink } from './crisis-links';

/** The thin bar at the very top of every page: 988 by call or text, and 911. */
export function CrisisBar({ lang = 'en' }: { lang?: Lang }) {
  const { crisis } = getSiteConfig();
  const t = getDictionary(lang).crisisBar;
  return (
    <div
      className="crisis-bar bg-red-800 px-4 py-2 text-sm text-white"
      role="region"
      aria-label={t.region}
    >
      <p className="mx-auto flex max-w-5xl flex-wrap gap-x-3 gap-y-1">
        <span className="font-bold">{t.inCrisis}</span>
        <span>
          <CrisisLinks lang={lang} startsSentence /> ({lang === 'es' ? crisis.es.name : crisis.name}
          )
        </span>
        <span>
          {t.emergency} <EmergencyLink lang={lang} />
        </span>
      </p>
    </div>
  );
}
