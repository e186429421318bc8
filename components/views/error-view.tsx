'use client';

import Link from '@/components/site-link';
import { useEffect } from 'react';

/** The strings of a page that failed, in the edition's language (the dictionary's `error`). */
export interface ErrorStrings {
  title: string;
  body: string;
  retry: string;
  home: string;
  help: string;
}

/**
 * A page that failed to render. The root layout stays, so the crisis bar at the top and the
 * helpline below are still there; this says what happened and what to do next.
 */
export function ErrorView({
  error,
  reset,
  strings,
  home,
}: {
  error: Error;
  reset: () => void;
  strings: ErrorStrings;
  home: string;
}) {
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <h1 className="text-3xl font-bold">{strings.title}</h1>
      <p className="mt-4 max-w-3xl">{strings.body}</p>
      <p className="mt-4 flex flex-wrap gap-4">
        <button type="button" className="rounded-md border-2 px-4 py-2 font-bold" onClick={reset}>
          {strings.retry}
        </button>
        <Link className="self-center font-bold underline" href={home}>
          {strings.home}
        </Link>
      </p>
      <p className="mt-6 max-w-3xl">{strings.help}</p>
    </>
  );
}
