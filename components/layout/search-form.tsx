import { getDictionary } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { maxQueryLength } from '@/lib/search/limits';
import { pathsFor } from '@/lib/urls';

/** A plain GET form to the edition's search page: works with JavaScript off. */
export function SearchForm({
  id,
  defaultValue,
  className = '',
  label,
  lang = 'en',
}: {
  id: string;
  defaultValue?: string;
  className?: string;
  label?: string;
  lang?: Lang;
}) {
  const t = getDictionary(lang).search;
  return (
    <form
      role="search"
      action={pathsFor(lang).search}
      method="get"
      className={`flex gap-2 ${className}`}
    >
      <label htmlFor={id} className="sr-only">
        {label ?? t.label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={maxQueryLength}
        placeholder={t.placeholder}
        className="min-h-11 w-full min-w-0 rounded-md border-2 border-slate-700 bg-white px-3 text-base text-black md:w-64"
      />
      <button
        type="submit"
        className="min-h-11 rounded-md border-2 border-white bg-slate-900 px-4 font-bold text-white"
      >
        {t.button}
      </button>
    </form>
  );
}
