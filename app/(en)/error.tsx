'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { paths } from '@/lib/urls';

/**
 * A page that failed to render. The root layout stays, so the crisis bar at the top and the
 * helpline below are still there; this says what happened and what to do next.
 */
export default function PageError({ error, reset }: { error: Error; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <>
      <h1 className="text-3xl font-bold">Something went wrong on this page</h1>
      <p className="mt-4 max-w-3xl">
        This page did not load properly. This is our problem, not yours. You can try again, or go to
        the home page.
      </p>
      <p className="mt-4 flex flex-wrap gap-4">
        <button type="button" className="rounded-md border-2 px-4 py-2 font-bold" onClick={reset}>
          Try again
        </button>
        <Link className="self-center font-bold underline" href={paths.home}>
          Go to the home page
        </Link>
      </p>
      <p className="mt-6 max-w-3xl">
        If you need help now, the crisis line at the top of this page and the helpline below are
        free and open day and night.
      </p>
    </>
  );
}
