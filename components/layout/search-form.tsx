import { maxQueryLength } from '@/lib/search/limits';
import { paths } from '@/lib/urls';

/** A plain GET form to the search page: works with JavaScript off. */
export function SearchForm({
  id,
  defaultValue,
  className = '',
  label = 'Search this site',
}: {
  id: string;
  defaultValue?: string;
  className?: string;
  label?: string;
}) {
  return (
    <form role="search" action={paths.search} method="get" className={`flex gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={maxQueryLength}
        placeholder="Search, e.g. cost of IOP"
        className="min-h-11 w-full min-w-0 rounded-md border-2 border-slate-700 bg-white px-3 text-base text-black md:w-64"
      />
      <button
        type="submit"
        className="min-h-11 rounded-md border-2 border-white bg-slate-900 px-4 font-bold text-white"
      >
        Search
      </button>
    </form>
  );
}
