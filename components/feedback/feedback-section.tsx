import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { FeedbackDetailsForm } from './feedback-details-form';
import { FeedbackEnhancer } from './feedback-enhancer';
import { FeedbackForm } from './feedback-form';
import { FeedbackCrisisNotice, NoReplyNotice } from './feedback-notices';

/** "Was this page helpful?" at the end of a page: server-rendered forms, enhanced in place when JS runs. */
export function FeedbackSection({ page, lang = 'en' }: { page: string; lang?: Lang }) {
  const t = getDictionary(lang).feedback;
  return (
    <section
      id="feedback"
      aria-labelledby="feedback-heading"
      className="feedback no-print my-10 rounded-md border-2 border-slate-300 p-4 dark:border-slate-600"
    >
      <h2 id="feedback-heading" className="text-xl font-bold">
        {t.heading}
      </h2>
      <FeedbackEnhancer
        answerForm={<FeedbackForm page={page} lang={lang} />}
        yesDetails={<FeedbackDetailsForm page={page} helpful="yes" lang={lang} />}
        noDetails={<FeedbackDetailsForm page={page} helpful="no" lang={lang} />}
        noReplyNotice={<NoReplyNotice lang={lang} className="mt-2" />}
        crisisNotice={<FeedbackCrisisNotice lang={lang} id="feedback-crisis-title" />}
        messages={{
          failed: t.failed,
          failedBecause: t.failedBecause,
          thanks: t.thanks,
          sent: t.sent,
        }}
      />
    </section>
  );
}
