'use client';

import { useEffect } from 'react';
import { defaultSiteConfig as site } from '@/lib/config/defaults';
import { en } from '@/lib/i18n/dictionaries/en';
import { es } from '@/lib/i18n/dictionaries/es';
import { spanishCrisisRoute } from '@/lib/i18n/crisis-route';
import './globals.css';

const linkClass = 'font-bold underline';

/**
 * The last resort, when even the site's layout failed: a page of its own that still gives the
 * crisis line, 911 and the helpline (from the default configuration: a client page cannot read
 * the server's config file), and says what to do. It cannot know the reader's edition, so it
 * says everything in English and then in Spanish, with the crisis line's Spanish route.
 */
export default function GlobalError({ error, reset }: { error: Error; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  const { crisis, helpline, emergencyNumber } = site;
  const spanishRoute = spanishCrisisRoute(crisis);
  return (
    <html lang="en">
      <body className="font-sans">
        <div
          className="crisis-bar bg-red-800 px-4 py-2 text-sm text-white"
          role="region"
          aria-label={en.crisisBar.region}
        >
          <p className="mx-auto flex max-w-5xl flex-wrap gap-x-3 gap-y-1">
            <span className="font-bold">{en.globalError.inCrisis}</span>
            <span>
              {en.globalError.callOrText}{' '}
              <a className={linkClass} href={`tel:${crisis.call}`}>
                {crisis.call}
              </a>{' '}
              ({crisis.name})
            </span>
            <span>
              {en.globalError.emergency}{' '}
              <a className={linkClass} href={`tel:${emergencyNumber}`}>
                {emergencyNumber}
              </a>
            </span>
          </p>
          <p lang="es" className="mx-auto mt-1 flex max-w-5xl flex-wrap gap-x-3 gap-y-1">
            <span className="font-bold">{es.globalError.inCrisis}</span>
            <span>
              {es.globalError.callOrText}{' '}
              <a className={linkClass} href={`tel:${crisis.call}`}>
                {spanishRoute}
              </a>{' '}
              ({crisis.es.name})
            </span>
            <span>
              {es.globalError.emergency}{' '}
              <a className={linkClass} href={`tel:${emergencyNumber}`}>
                {emergencyNumber}
              </a>
            </span>
          </p>
        </div>
        <main id="main-content" className="mx-auto max-w-5xl px-4 py-6">
          {[
            { t: en.globalError, lang: 'en', name: helpline.name, summary: helpline.summary },
            { t: es.globalError, lang: 'es', name: helpline.es.name, summary: helpline.es.summary },
          ].map(({ t, lang, name, summary }) => (
            <section key={lang} lang={lang} className="mb-10">
              <h1 className="text-3xl font-bold">{t.title}</h1>
              <p className="mt-4 max-w-3xl">{t.body}</p>
              <p className="mt-4">
                <button
                  type="button"
                  className="rounded-md border-2 px-4 py-2 font-bold"
                  onClick={reset}
                >
                  {t.retry}
                </button>
              </p>
              <h2 className="mt-8 text-xl font-bold">{t.helpHeading}</h2>
              <p className="mt-2 max-w-3xl">
                {name}:{' '}
                <a className={linkClass} href={`tel:${helpline.tel}`}>
                  {helpline.displayNumber}
                </a>{' '}
                ({summary}).
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
