import { feedbackApi } from '@/lib/feedback/routes';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

const buttonClass =
  'min-h-11 rounded-md border-2 border-slate-800 px-6 font-bold focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-slate-200';

/** A field bots fill in and people never see: posts with it filled are refused. */
export function FeedbackHoneypot({ lang = 'en' }: { lang?: Lang }) {
  return (
    <div className="hidden" aria-hidden="true">
      <label>
        {getDictionary(lang).feedback.honeypot}
        <input type="text" name="website" tabIndex={-1} autoComplete="off" />
      </label>
    </div>
  );
}

/** Yes / No as a plain form: works with JavaScript off (the server answers 303 to a thank-you page). */
export function FeedbackForm({ page, lang = 'en' }: { page: string; lang?: Lang }) {
  const t = getDictionary(lang).feedback;
  return (
    <form method="post" action={feedbackApi} className="mt-3 flex gap-3">
      <input type="hidden" name="page" value={page} />
      <FeedbackHoneypot lang={lang} />
      <button type="submit" name="helpful" value="yes" className={buttonClass}>
        {t.yes}
      </button>
      <button type="submit" name="helpful" value="no" className={buttonClass}>
        {t.no}
      </button>
    </form>
  );
}

export { buttonClass as feedbackButtonClass };
