'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { maxQueryLength } from '@/lib/search/limits';
import type { Lang } from '@/lib/i18n/lang';
import { paths } from '@/lib/urls';
import { unansweredSearchApiPath } from '@/lib/search-gaps/api-path';

/** The filter's words, in the page's language (the dictionary's `faqFilter`). */
export interface FaqFilterStrings {
  label: string;
  button: string;
  broken: string;
  none: string;
  countOne: string;
  countMany: string;
  inQuestion: string;
  inAnswer: string;
}

/** A matching question as the search API gives it to the filter (`type=faq`). */
interface Match {
  url: string;
  title: string;
  titleParts: { text: string; match: boolean }[];
  inTitle: boolean;
}

interface Answer {
  /** The anchors of every matching question. */
  ids: Set<string>;
  /** The best matches, questions whose own words match first. */
  best: Match[];
  crisisKinds: string[];
}

/** How many matching questions the live list names (the questions below show them all). */
const listed = 8;

/**
 * The anchors of the questions matching `text`, asked of the site's search API (so the page downloads
 * no index, however many questions there are); null when the text has no words to search for.
 * Throws when the API can't answer, so the next keystroke simply asks again.
 */
async function matchingQuestions(
  text: string,
  lang: Lang,
  signal: AbortSignal,
): Promise<Answer | null> {
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const url = `/api/search?type=faq&q=${encodeURIComponent(text.trim())}${lang === 'es' ? '&lang=es' : ''}`;
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`search answered ${response.status}`);
  const body = (await response.json()) as { results: Match[]; crisisKinds?: string[] };
  return {
    ids: new Set(body.results.map((r) => anchorOf(r.url))),
    best: body.results.slice(0, listed),
    crisisKinds: body.crisisKinds ?? [],
  };
}

function anchorOf(url: string): string {
  return url.split('#')[1] ?? '';
}

function MatchList({ heading, matches }: { heading: string; matches: Match[] }) {
  if (matches.length === 0) return null;
  return (
    <>
      <h2 className="mt-3 text-lg font-bold">{heading}</h2>
      <ul className="faq-matches mt-1 list-disc space-y-1 pl-6">
        {matches.map((m) => (
          <li key={m.url}>
            <a className="underline" href={`#${anchorOf(m.url)}`}>
              {m.titleParts.map((part, i) =>
                part.match ? (
                  <mark key={i} className="bg-yellow-200 text-black">
                    {part.text}
                  </mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** How long the words must stay unchanged, matching nothing, before they are reported. */
const reportAfterMs = 2000;

/**
 * Reports words that matched nothing, once the reader has paused (not every keystroke on the
 * way), at most once per text. The server searches again and keeps only what it may (see
 * lib/search-gaps); the report sends the words and the edition, nothing else.
 */
function useUnansweredReport(lang: Lang) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waiting = useRef<string | null>(null);
  const sent = useRef(new Set<string>());
  const send = () => {
    clearTimeout(timer.current);
    const text = waiting.current;
    waiting.current = null;
    if (!text || sent.current.has(text) || typeof navigator.sendBeacon !== 'function') return;
    sent.current.add(text);
    navigator.sendBeacon(unansweredSearchApiPath, JSON.stringify({ q: text, lang }));
  };
  useEffect(() => {
    window.addEventListener('pagehide', send);
    return () => window.removeEventListener('pagehide', send);
    // send reads only refs
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (text: string | null) => {
    clearTimeout(timer.current);
    waiting.current = text;
    if (text) timer.current = setTimeout(send, reportAfterMs);
  };
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
 * Narrows the FAQ list as you type and announces how many match; above the list it names the best
 * matches (questions whose own words match first, those words marked) and, when the words read as
 * a crisis, the crisis box before anything else. Without JavaScript it is a plain search form that
 * submits to /search, which does the same on the server.
 */
export function FaqFilter({
  strings,
  lang = 'en',
  searchPath = paths.search,
  crisisBox,
  overdoseBox,
}: {
  strings: FaqFilterStrings;
  lang?: Lang;
  searchPath?: string;
  /** The crisis box (server-rendered: its numbers come from the site config), and its overdose form. */
  crisisBox: ReactNode;
  overdoseBox: ReactNode;
}) {
  const pending = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const reportUnanswered = useUnansweredReport(lang);

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
    let found: Answer | null;
    try {
      found = await matchingQuestions(text.slice(0, maxQueryLength), lang, controller.signal);
    } catch {
      if (controller.signal.aborted) return;
      setStatus(strings.broken);
      setAnswer(null);
      return;
    }
    if (controller.signal.aborted) return;
    setAnswer(found);
    reportUnanswered(
      found && found.ids.size === 0 && !found.crisisKinds.length ? text.trim() : null,
    );
    const matches = found?.ids ?? null;
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
    <>
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
      {answer && answer.crisisKinds.length > 0 ? (
        <div className="faq-crisis">
          {answer.crisisKinds.includes('overdose') ? overdoseBox : crisisBox}
        </div>
      ) : null}
      {answer ? (
        <div className="faq-best">
          <MatchList heading={strings.inQuestion} matches={answer.best.filter((m) => m.inTitle)} />
          <MatchList heading={strings.inAnswer} matches={answer.best.filter((m) => !m.inTitle)} />
        </div>
      ) : null}
    </>
  );
}
