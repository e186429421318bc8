import Link from '@/components/site-link';
import { FeedbackDetailsForm } from '@/components/feedback/feedback-details-form';
import { FeedbackCrisisNotice, NoReplyNotice } from '@/components/feedback/feedback-notices';
import { knownPages, pageTitle } from '@/lib/feedback/pages';
import { followupTokenPattern } from '@/lib/feedback/schema';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';

export type ThanksSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Where a feedback form lands with JavaScript off: thanks, the optional follow-up, and the way back. */
export function ThanksView({ lang, params }: { lang: Lang; params: ThanksSearchParams }) {
  const t = getDictionary(lang).feedback;
  const claimed = first(params.page);
  const page = claimed && knownPages().has(claimed) ? claimed : undefined;
  const helpfulParam = first(params.helpful);
  const helpful = helpfulParam === 'yes' || helpfulParam === 'no' ? helpfulParam : undefined;
  const tokenParam = first(params.token);
  const token = tokenParam && followupTokenPattern.test(tokenParam) ? tokenParam : undefined;
  const sentDetails = first(params.sent) === 'details';
  const title = page ? pageTitle(page) : undefined;
  // Only a flag comes here (never the comment): the handler read the comment as a crisis.
  const crisis = first(params.crisis) === '1';

  return (
    <>
      {crisis ? <FeedbackCrisisNotice lang={lang} id="feedback-crisis-title" /> : null}
      <h1 className="text-3xl font-bold">{t.thanksTitle}</h1>
      <p className="mt-4 max-w-3xl text-xl">{sentDetails ? t.thanksSent : t.thanksCounted}</p>
      <NoReplyNotice lang={lang} className="mt-4 max-w-3xl" />
      {page && helpful && token && !sentDetails ? (
        <section className="my-8 max-w-3xl rounded-md border-2 border-slate-300 p-4 dark:border-slate-600">
          <FeedbackDetailsForm page={page} helpful={helpful} followupToken={token} lang={lang} />
        </section>
      ) : null}
      <p className="mt-6">
        <Link className="font-bold underline" href={page ?? pathsFor(lang).home}>
          {page ? t.backTo(title ?? t.backToPage) : t.goHome}
        </Link>
      </p>
    </>
  );
}
