'use client';

import { useEffect, useRef, useState } from 'react';
import { maxQueryLength } from '@/lib/search/limits';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/urls';

/** The filter's words, in the page's language (the dictionary's `faqFilter`). */
export interface FaqFilterStrings {
  label: string;
  button: string;
  broken: string;
  none: string;
  countOne: string;
  countMany: string;
}

/**
 * The anchors of the questions matching `text`, asked of the site's search API (so the page downloads
 * no index, however many questions there are); null when the text has no words to search for.
 * Throws when the API can't answer, so the next keystroke simply asks again.
 */
async function matchingQuestions(
  text: string,
  lang: Lang,
  signal: AbortSignal,
): Promise<Set<string> | null> {
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const url = `/api/search?type=faq&q=${encodeURIComponent(text.trim())}${lang === 'es' ? '&lang=es' : ''}`;
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`search answered ${response.status}`);
  const body = (await response.json()) as { results: Array<{ url: string }> };
  return new Set(body.results.map((r) => r.url.split('#')[1] ?? ''));
}

/** Opens the question a `/faq#question` link points to, on load and on later hash changes. */
function openTargetQuestion() {
  let id: string;
  try {
    id = decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return; // a malformed hash such as `#%` names no question
  }
  const target = id ? document.getElementById(id) : null;
  if (target instanceof HTMLDetailsElement) target.open = true;
}

/**
 * Narrows the FAQ list as you type and announces how many match. Without JavaScript
 * it is a plain search form that submits to /search.
 */
export function FaqFilter({
  strings,
  lang = 'en',
  searchPath = paths.search,
}: {
  strings: FaqFilterStrings;
  lang?: Lang;
  searchPath?: string;
}) {
  const pending = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    openTargetQuestion();
    window.addEventListener('hashchange', openTargetQuestion);
    return () => window.removeEventListener('hashchange', openTargetQuestion);
  }, []);

  useEffect(() => {
    // Words typed before this script arrived (it loads after the first paint, and until then the
    // box is a plain search form) are filtered by at once, not at the next keystroke.
    const typed = input.current?.value;
    if (typed) void onInput(typed);
    // Once, when the filter comes to life: later words arrive through onChange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function onInput(text: string) {
    pending.current?.abort(); // only the latest keystroke's answer counts
    const controller = new AbortController();
    pending.current = controller;
    let matches: Set<string> | null;
    try {
      matches = await matchingQuestions(text.slice(0, maxQueryLength), lang, controller.signal);
    } catch {
      if (controller.signal.aborted) return;
      setStatus(strings.broken);
      return;
    }
    if (controller.signal.aborted) return;
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
          ? strings.none
          : shown === 1
            ? strings.countOne
            : strings.countMany.replace('{n}', String(shown))
        : '',
    );
  }

  return (
    <form
      role="search"
      action={searchPath}
      method="get"
      className="mt-6 max-w-xl"
      onSubmit={(e) => e.currentTarget.q.value.trim() || e.preventDefault()}
    >
      <label htmlFor="faq-filter" className="block font-semibold">
        {strings.label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          ref={input}
          id="faq-filter"
          name="q"
          type="search"
          maxLength={maxQueryLength}
          autoComplete="off"
          onChange={(e) => void onInput(e.target.value)}
          className="min-h-11 w-full rounded-md border-2 border-slate-700 bg-white px-3 text-black"
        />
        <button
          type="submit"
          className="min-h-11 rounded-md bg-slate-900 px-4 font-bold text-white dark:bg-slate-100 dark:text-black"
        >
          {strings.button}
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-7 text-base">
        {status}
      </p>
    </form>
  );
}
