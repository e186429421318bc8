import { feedbackApi } from '@/lib/feedback/routes';
import { feedbackReasons, maxCommentLength, reasonIds } from '@/lib/feedback/schema';
import { FeedbackHoneypot, feedbackButtonClass } from './feedback-form';

/**
 * The optional follow-up after Yes or No: reasons (for No) and a short comment. Posts the answer's
 * `ref` (set by the script) or one-time `token` (the thank-you page's), so the details land on the
 * same row rather than counting the answer twice.
 */
export function FeedbackDetailsForm({
  page,
  helpful,
  followupToken,
}: {
  page: string;
  helpful: 'yes' | 'no';
  followupToken?: string;
}) {
  const id = `feedback-details-${helpful}`;
  return (
    <form
      method="post"
      action={feedbackApi}
      className="mt-4 space-y-5"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="text-lg font-bold">
        {helpful === 'no' ? 'Help us improve this page' : 'Tell us what helped'}{' '}
        <span className="font-normal">(optional)</span>
      </h3>
      <input type="hidden" name="page" value={page} />
      {followupToken ? (
        <input type="hidden" name="token" value={followupToken} />
      ) : (
        <input type="hidden" name="ref" value="" />
      )}
      <FeedbackHoneypot />
      {helpful === 'no' ? (
        <fieldset>
          <legend className="font-bold">What was missing?</legend>
          <p className="text-base">Choose any that apply.</p>
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
                <label htmlFor={`${id}-${reason}`}>{feedbackReasons[reason]}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div>
        <label htmlFor={`${id}-comment`} className="block font-bold">
          {helpful === 'no' ? 'What would have helped?' : 'Your comment'}
        </label>
        <p id={`${id}-comment-hint`} className="text-base">
          Don&apos;t include personal information such as your name, email or phone number. Up to
          1,000 characters.
        </p>
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
        Send
      </button>
    </form>
  );
}
