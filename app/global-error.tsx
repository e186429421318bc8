'use client';

import { useEffect } from 'react';
import { defaultSiteConfig as site } from '@/lib/config/defaults';
import './globals.css';

/**
 * The last resort, when even the site's layout failed: a page of its own that still gives the
 * crisis line, 911 and the helpline (from the default configuration: a client page cannot read
 * the server's config file), and says what to do.
 */
export default function GlobalError({ error, reset }: { error: Error; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const { crisis, helpline, emergencyNumber } = site;
  return (
    <html lang="en">
      <body className="font-sans">
        <div
          className="crisis-bar bg-red-800 px-4 py-2 text-sm text-white"
          role="region"
          aria-label="Crisis help"
        >
          <p className="mx-auto flex max-w-5xl flex-wrap gap-x-3 gap-y-1">
            <span className="font-bold">In crisis?</span>
            <span>
              Call or text{' '}
              <a className="font-bold underline" href={`tel:${crisis.call}`}>
                {crisis.call}
              </a>{' '}
              ({crisis.name})
            </span>
            <span>
              Emergency:{' '}
              <a className="font-bold underline" href={`tel:${emergencyNumber}`}>
                {emergencyNumber}
              </a>
            </span>
          </p>
        </div>
        <main id="main-content" className="mx-auto max-w-5xl px-4 py-6">
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p className="mt-4 max-w-3xl">
            The site did not load properly. This is our problem, not yours. Try again in a minute,
            or reload the page.
          </p>
          <p className="mt-4">
            <button
              type="button"
              className="rounded-md border-2 px-4 py-2 font-bold"
              onClick={reset}
            >
              Try again
            </button>
          </p>
          <h2 className="mt-8 text-xl font-bold">Help is still here</h2>
          <p className="mt-2 max-w-3xl">
            {helpline.name}:{' '}
            <a className="font-bold underline" href={`tel:${helpline.tel}`}>
              {helpline.displayNumber}
            </a>{' '}
            ({helpline.summary}).
          </p>
        </main>
      </body>
    </html>
  );
}
