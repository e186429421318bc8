'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';

/** What GOV.UK's component announces (its words in English; the dictionary's `exitButton`). */
export interface ExitMessages {
  emergency: string;
  label: string;
  pressTwoMoreTimes: string;
  pressOneMoreTime: string;
  timedOut: string;
  activated: string;
}
/** How long the reader has between Shift presses. */
const sequenceTimeoutMs = 5000;
const hideContentClass = 'exit-this-page-hide-content';

/**
 * Leaves at once: blanks the page (so nothing shows while the neutral site loads), drops the
 * referrer, and replaces this page in the history, so Back does not bring it back.
 */
function exitPage(url: string, activated: string) {
  document.body.classList.add(hideContentClass);
  const overlay = document.createElement('div');
  overlay.className = 'exit-this-page-overlay';
  overlay.setAttribute('role', 'alert');
  document.body.appendChild(overlay);
  // Set after insertion: screen readers announce the change more reliably (as GOV.UK does).
  overlay.textContent = activated;
  const referrer = document.createElement('meta');
  referrer.name = 'referrer';
  referrer.content = 'no-referrer';
  document.head.appendChild(referrer);
  window.location.replace(url);
}

/** Undoes the blank page if the browser ever shows this page again (back/forward cache). */
function restorePage() {
  document.body.classList.remove(hideContentClass);
  document.querySelectorAll('.exit-this-page-overlay').forEach((overlay) => overlay.remove());
}

/**
 * GOV.UK's "Exit this page": a link to a neutral site (all it is without JavaScript); with
 * JavaScript it replaces the page at once, and pressing Shift three times does the same.
 */
export function ExitThisPageButton({ url, messages }: { url: string; messages: ExitMessages }) {
  const [presses, setPresses] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const button = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    // Like GOV.UK's data-…-init attribute: says the script has taken over the plain link.
    button.current?.setAttribute('data-enhanced', 'true');
    let count = 0;
    let lastKeyWasModified = false;
    let sequenceTimer: number | undefined;
    let clearMessageTimer: number | undefined;

    function expire() {
      window.clearTimeout(sequenceTimer);
      sequenceTimer = undefined;
      count = 0;
      setPresses(0);
      setAnnouncement(messages.timedOut);
      clearMessageTimer = window.setTimeout(() => setAnnouncement(''), sequenceTimeoutMs);
    }

    // Shift on its own: Shift+A fires keyup for A (shiftKey true) then for Shift, which is skipped.
    function onKeyUp(event: globalThis.KeyboardEvent) {
      if (event.key === 'Shift' && !lastKeyWasModified) {
        count += 1;
        window.clearTimeout(clearMessageTimer);
        window.clearTimeout(sequenceTimer);
        if (count >= 3) {
          count = 0;
          setPresses(0);
          setAnnouncement('');
          exitPage(url, messages.activated);
        } else {
          setPresses(count);
          setAnnouncement(count === 1 ? messages.pressTwoMoreTimes : messages.pressOneMoreTime);
          sequenceTimer = window.setTimeout(expire, sequenceTimeoutMs);
        }
      } else if (sequenceTimer !== undefined) {
        expire();
      }
      lastKeyWasModified = event.shiftKey;
    }

    function onPageShow() {
      restorePage();
      count = 0;
      setPresses(0);
      setAnnouncement('');
    }

    document.addEventListener('keyup', onKeyUp, true);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('keyup', onKeyUp, true);
      window.removeEventListener('pageshow', onPageShow);
      window.clearTimeout(sequenceTimer);
      window.clearTimeout(clearMessageTimer);
    };
  }, [url, messages]);

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    exitPage(url, messages.activated);
  }

  // A link styled and announced as a button: Space must work as it does on a button.
  function onKeyDown(event: KeyboardEvent<HTMLAnchorElement>) {
    if (event.key === ' ') {
      event.preventDefault();
      exitPage(url, messages.activated);
    }
  }

  return (
    <>
      <a
        ref={button}
        href={url}
        role="button"
        draggable={false}
        rel="nofollow noreferrer"
        className="exit-this-page-button inline-flex min-h-11 shrink-0 flex-col items-center justify-center whitespace-nowrap rounded-md bg-[#b3261e] px-3 py-1 sm:px-4 text-base font-bold text-white no-underline shadow-[0_3px_0_#55100c] hover:bg-[#8f1e18] hover:underline"
        onClick={onClick}
        onKeyDown={onKeyDown}
      >
        <span>
          <span className="sr-only">{messages.emergency}</span> {messages.label}
        </span>
        {presses > 0 ? (
          <span className="mt-1 flex gap-1" aria-hidden="true">
            {[1, 2, 3].map((n) => (
              <span
                key={n}
                className={`inline-block size-3 rounded-full border-2 border-current ${
                  n <= presses ? 'bg-current' : ''
                }`}
              />
            ))}
          </span>
        ) : null}
      </a>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}
