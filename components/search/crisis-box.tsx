import { CrisisLinks, EmergencyLink } from '@/components/helpline/crisis-links';
import type { CrisisKind } from '@/lib/crisis/detect';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/**
 * What a search answers first when the reader's words read as a crisis (lib/crisis): 988 by call
 * or text (in Spanish, its key and word), 911, and for an overdose what to do now. Numbers come
 * from the site config through CrisisLinks and EmergencyLink.
 */
export function CrisisBox({
  lang = 'en',
  kinds,
  id = 'crisis-box',
}: {
  lang?: Lang;
  kinds: readonly CrisisKind[];
  id?: string;
}) {
  const t = getDictionary(lang).crisisBox;
  const overdose = kinds.includes('overdose');
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="crisis-box mt-6 max-w-3xl rounded-md border-4 border-red-800 bg-red-50 p-4 text-black dark:border-red-400 dark:bg-red-950 dark:text-white"
      data-crisis={kinds.join(' ')}
    >
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {t.title}
      </h2>
      <ul className="mt-3 space-y-2 text-lg">
        {overdose ? (
          <li>
            {t.overdose} <EmergencyLink lang={lang} />
            {t.overdoseAfter}
          </li>
        ) : null}
        <li>
          {t.suicide} <CrisisLinks lang={lang} />
          {t.suicideAfter}
        </li>
        {overdose ? null : (
          <li>
            {t.emergency} <EmergencyLink lang={lang} />.
          </li>
        )}
      </ul>
    </section>
  );
}
