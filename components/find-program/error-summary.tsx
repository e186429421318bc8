/**
 * GOV.UK's error summary: "There is a problem" and a link to each field that needs fixing. It takes
 * focus when the page loads (the autofocus attribute: no JavaScript needed), so a screen reader
 * announces it first.
 */
export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: Array<{ href: string; message: string }>;
  /** "There is a problem" in the page's language. */
  title?: string;
}) {
  return (
    <div
      className="error-summary mb-8 rounded-sm border-4 border-red-700 p-4 focus:outline-none focus-visible:outline-[3px] dark:border-red-400"
      tabIndex={-1}
      autoFocus
    >
      <div role="alert">
        <h2 className="text-2xl font-bold">{title}</h2>
        <ul className="mt-3 space-y-1">
          {errors.map((error) => (
            <li key={error.href}>
              <a className="font-bold text-red-800 underline dark:text-red-300" href={error.href}>
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
