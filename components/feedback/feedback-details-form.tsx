import { feedbackApi } from '@/lib/feedback/routes';
import { maxCommentLength, reasonIds } from '@/lib/feedback/schema';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { FeedbackHoneypot, feedbackButtonClass } from './feedback-form';
import { NoReplyNotice } from './feedback-notices';

/**
 * The optional follow-up after Yes or No: reasons (for No) and a short comment. Posts the answer's
 * `ref` (set by the script) or one-time `token` (the thank-you page's), so the details land on the
 * same row rather than counting the answer twice.
 */
export function FeedbackDetailsForm({
  page,
  helpful,
  followupToken,
  lang = 'en',
}: {
  page: string;
  helpful: 'yes' | 'no';
  followupToken?: string;
  lang?: Lang;
}) {
  const t = getDictionary(lang).feedback;
  const id = `feedback-details-${helpful}`;
  return (
    <form
      method="post"
      action={feedbackApi}
      className="mt-4 space-y-5"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {helpful === 'no' ? t.improve : t.whatHelped}{' '}
        <span className="font-normal">{t.optional}</span>
      </h3>
      <input type="hidden" name="page" value={page} />
      {followupToken ? (
        <input type="hidden" name="token" value={followupToken} />
      ) : (
        <input type="hidden" name="ref" value="" />
      )}
      <FeedbackHoneypot lang={lang} />
      {helpful === 'no' ? (
        <fieldset>
          <legend className="font-bold">{t.whatMissing}</legend>
          <p className="text-base">{t.chooseAny}</p>
          <ul className="mt-2 space-y-2">
            {reasonIds.map((reason) => (
              <li key={reason} className="flex items-center gap-3">
                <input
                  type="checkbox"
                  id={`${id}-${reason}`}
                  name="reasons"
                  value={reason}
                  className="h-6 w-6 shrink-0"
                />
                <label htmlFor={`${id}-${reason}`}>{t.reasons[reason]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div>
        <label htmlFor={`${id}-comment`} className="block font-bold">
          {helpful === 'no' ? t.wouldHaveHelped : t.yourComment}
        </label>
        <p id={`${id}-comment-hint`} className="text-base">
          {t.commentHint}
        </p>
        <NoReplyNotice lang={lang} className="mt-1 text-base" />
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={4}
          maxLength={maxCommentLength}
          aria-describedby={`${id}-comment-hint`}
          className="mt-2 block w-full max-w-xl rounded-md border-2 border-slate-700 bg-white p-2 text-base text-black"
        />
      </div>
      <button type="submit" className={feedbackButtonClass}>
        {t.send}
      </button>
    </form>
  );
}
