import { CrisisLinks, EmergencyLink } from '@/components/helpline/crisis-links';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

/** Before and after a comment is sent: nobody answers it, so here is where help is (988, 911). */
export function NoReplyNotice({ lang = 'en', className }: { lang?: Lang; className?: string }) {
  const t = getDictionary(lang).feedback;
  return (
    <p className={`feedback-no-reply ${className ?? ''}`}>
      {t.noReply} <CrisisLinks lang={lang} />
      {t.noReplyEmergency} <EmergencyLink lang={lang} />.
    </p>
  );
}

/** First on the thank-you when the comment reads as a crisis (lib/crisis): 988 and 911, now. */
export function FeedbackCrisisNotice({ lang = 'en', id }: { lang?: Lang; id: string }) {
  const t = getDictionary(lang).feedback;
  return (
    <section
      aria-labelledby={id}
      className="feedback-crisis my-4 max-w-3xl rounded-md border-4 border-red-800 bg-red-50 p-4 text-black dark:border-red-400 dark:bg-red-950 dark:text-white"
    >
      <h2 id={id} className="text-xl font-bold">
        {t.crisisTitle}
      </h2>
      <p className="mt-2">{t.crisisLead}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>
          <CrisisLinks lang={lang} />
        </li>
        <li>
          <EmergencyLink lang={lang} />
        </li>
      </ul>
    </section>
  );
}
