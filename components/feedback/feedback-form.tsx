import { feedbackApi } from '@/lib/feedback/routes';

const buttonClass =
  'min-h-11 rounded-md border-2 border-slate-800 px-6 font-bold focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-slate-200';

/** A field bots fill in and people never see: posts with it filled are refused. */
export function FeedbackHoneypot() {
  return (
    <div className="hidden" aria-hidden="true">
      <label>
        Leave this empty
        <input type="text" name="website" tabIndex={-1} autoComplete="off" />
      </label>
    </div>
  );
}

/** Yes / No as a plain form: works with JavaScript off (the server answers 303 to a thank-you page). */
export function FeedbackForm({ page }: { page: string }) {
  return (
    <form method="post" action={feedbackApi} className="mt-3 flex gap-3">
      <input type="hidden" name="page" value={page} />
      <FeedbackHoneypot />
      <button type="submit" name="helpful" value="yes" className={buttonClass}>
        Yes
      </button>
      <button type="submit" name="helpful" value="no" className={buttonClass}>
        No
      </button>
    </form>
  );
}

export { buttonClass as feedbackButtonClass };
