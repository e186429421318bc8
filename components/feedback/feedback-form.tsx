/** Yes / No as a plain form: works with JavaScript off (the server answers 303 to a thank-you page). */
export function FeedbackForm({ page }: { page: string }) {
  return (
    <form method="post" action="/api/feedback" className="mt-3 flex gap-3">
      <input type="hidden" name="page" value={page} />
      <div className="hidden" aria-hidden="true">
        <label>
          Leave this empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <button
        type="submit"
        name="helpful"
        value="yes"
        className="min-h-11 rounded-md border-2 border-slate-800 px-6 font-bold dark:border-slate-200"
      >
        Yes
      </button>
      <button
        type="submit"
        name="helpful"
        value="no"
        className="min-h-11 rounded-md border-2 border-slate-800 px-6 font-bold dark:border-slate-200"
      >
        No
      </button>
    </form>
  );
}
