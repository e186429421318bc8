'use client';

import { useEffect, useRef, useState } from 'react';
import { paths } from '@/lib/urls';

const faqIndexUrl = '/faq-index.json';

type Filter = (text: string) => Set<string> | null;

async function loadFilter(): Promise<Filter> {
  const [{ default: MiniSearch }, engine, response] = await Promise.all([
    import('minisearch'),
    import('@/lib/search/engine'),
    fetch(faqIndexUrl),
  ]);
  const index = MiniSearch.loadJSON(await response.text(), engine.searchOptions);
  return (text) => {
    const query = engine.buildQuery(text);
    return query ? new Set(index.search(query).map((hit) => String(hit.id))) : null;
  };
}

/** Opens the question a `/faq#question` link points to, on load and on later hash changes. */
function openTargetQuestion() {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}

/**
 * Narrows the FAQ list as you type and announces how many match. Without JavaScript
 * it is a plain search form that submits to /search.
 */
export function FaqFilter() {
  const filter = useRef<Promise<Filter> | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    openTargetQuestion();
    window.addEventListener('hashchange', openTargetQuestion);
    return () => window.removeEventListener('hashchange', openTargetQuestion);
  }, []);

  async function onInput(text: string) {
    filter.current ??= loadFilter();
    const matches = (await filter.current)(text);
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>('.faq-group')) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLDetailsElement>('details.faq')) {
        const visible = !matches || matches.has(item.id);
        item.hidden = !visible;
        if (visible) inGroup += 1;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    setStatus(
      matches
        ? shown === 0
          ? 'No questions match. Press Enter to search the whole site.'
          : `${shown} question${shown === 1 ? '' : 's'} match.`
        : '',
    );
  }

  return (
    <form
      role="search"
      action={paths.search}
      method="get"
      className="mt-6 max-w-xl"
      onSubmit={(e) => e.currentTarget.q.value.trim() || e.preventDefault()}
    >
      <label htmlFor="faq-filter" className="block font-semibold">
        Filter questions
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="faq-filter"
          name="q"
          type="search"
          maxLength={200}
          autoComplete="off"
          onChange={(e) => void onInput(e.target.value)}
          className="min-h-11 w-full rounded-md border-2 border-slate-700 bg-white px-3 text-black"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-slate-900 px-4 font-bold text-white dark:bg-slate-100 dark:text-black"
        >
          Search
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-7 text-base">
        {status}
      </p>
    </form>
  );
}
