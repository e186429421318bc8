import type { Dictionary } from '@/lib/i18n';

/** What GOV.UK's component announces (its words in English; the dictionary's `exitButton`). */
export type ExitMessages = Dictionary['exitButton'];

/**
 * GOV.UK's "Exit this page": a link to a neutral site (all it is without JavaScript). The inline
 * script (exit-this-page-script.ts) finds it by `data-module` and makes it replace the page at
 * once, and Shift pressed three times do the same; the attributes below are what it reads and
 * sets, so React leaves them be (suppressHydrationWarning).
 */
export function ExitThisPageButton({ url, messages }: { url: string; messages: ExitMessages }) {
  return (
    <>
      <a
        href={url}
        role="button"
        draggable={false}
        rel="nofollow noreferrer"
        data-module="exit-this-page"
        data-press-two={messages.pressTwoMoreTimes}
        data-press-one={messages.pressOneMoreTime}
        data-timed-out={messages.timedOut}
        data-activated={messages.activated}
        suppressHydrationWarning
        className="exit-this-page-button inline-flex min-h-11 shrink-0 flex-col items-center justify-center whitespace-nowrap rounded-md bg-[#b3261e] px-3 py-1 sm:px-4 text-base font-bold text-white no-underline shadow-[0_3px_0_#55100c] hover:bg-[#8f1e18] hover:underline"
      >
        <span>
          <span className="sr-only">{messages.emergency}</span> {messages.label}
        </span>
        <span className="exit-this-page-indicator mt-1 gap-1" aria-hidden="true">
          {[1, 2, 3].map((n) => (
            <span key={n} className="inline-block size-3 rounded-full border-2 border-current" />
          ))}
        </span>
      </a>
      {/* The script writes the announcements here; React never renders into it. */}
      <span
        role="status"
        className="sr-only"
        data-exit-status=""
        dangerouslySetInnerHTML={{ __html: '' }}
        suppressHydrationWarning
      />
    </>
  );
}
