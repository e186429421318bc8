import { getSiteConfig } from '@/lib/config';
import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pathsFor } from '@/lib/urls';
import { LocatorGuide } from './locator-guide';

/**
 * The ZIP code form: a plain GET to /find, which sends the reader on to the treatment locator.
 * Works with JavaScript off. `value` and `error` come back from /find when the ZIP code was wrong.
 */
export function FindProgramForm({
  value,
  error,
  lang = 'en',
}: {
  value?: string;
  error?: string;
  lang?: Lang;
}) {
  const { locator } = getSiteConfig();
  const t = getDictionary(lang).find;
  const describedBy = error ? 'zip-hint zip-error' : 'zip-hint';
  return (
    <div className="find-program not-prose my-6 rounded-md border border-slate-300 p-4 dark:border-slate-600">
      <form action={pathsFor(lang).find} method="get" noValidate>
        <div className={error ? 'border-l-4 border-red-700 pl-3 dark:border-red-400' : undefined}>
          <label htmlFor="zip" className="block text-lg font-bold">
            {t.zipLabel}
          </label>
          <p id="zip-hint" className="mt-1 text-base text-slate-700 dark:text-slate-300">
            {t.zipHint}
          </p>
          {error ? (
            <p id="zip-error" className="mt-1 text-base font-bold text-red-700 dark:text-red-300">
              <span className="sr-only">{t.errorPrefix} </span>
              {error}
            </p>
          ) : null}
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <input
              id="zip"
              name="zip"
              type="text"
              inputMode="numeric"
              autoComplete="postal-code"
              spellCheck={false}
              defaultValue={value}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              className={`min-h-11 w-32 rounded-md border-2 bg-white px-3 text-base text-black ${
                error ? 'border-red-700' : 'border-slate-700'
              }`}
            />
            <button
              type="submit"
              className="min-h-11 rounded-md bg-[#00703c] px-4 font-bold text-white underline-offset-4 hover:underline"
            >
              {t.submit(locator.name)}
            </button>
          </div>
        </div>
      </form>
      <LocatorGuide lang={lang} />
    </div>
  );
}
