'use client';

import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';

type Step =
  | { name: 'answer' }
  | { name: 'details'; helpful: 'yes' | 'no'; ref: string }
  | { name: 'done'; crisis: boolean };

/** The messages it announces, in the page's language (the dictionary's `feedback`). */
export interface FeedbackMessages {
  failed: string;
  failedBecause: string;
  thanks: string;
  sent: string;
}

/**
 * Submits the server-rendered feedback forms in place with fetch, shows the follow-up form for
 * the answer given, and announces each result. Without JavaScript the forms post as they are.
 */
export function FeedbackEnhancer({
  answerForm,
  yesDetails,
  noDetails,
  messages,
  noReplyNotice,
  crisisNotice,
}: {
  /** Shown after a comment is sent: nobody answers it; 988 and 911. */
  noReplyNotice: ReactNode;
  /** Shown first when the server read the comment as a crisis. */
  crisisNotice: ReactNode;
  answerForm: ReactNode;
  yesDetails: ReactNode;
  noDetails: ReactNode;
  messages: FeedbackMessages;
}) {
  const { failed } = messages;
  const [step, setStep] = useState<Step>({ name: 'answer' });
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const pending = useRef(false);
  const focusTarget = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // As the Exit this page button does: says the script has taken over the plain forms (its
    // scripts arrive after the page's first paint; until then the forms post as they are).
    root.current?.setAttribute('data-enhanced', 'true');
  }, []);

  useEffect(() => {
    // The button pressed has gone: keep keyboard and screen reader users where the news is.
    if (step.name !== 'answer') focusTarget.current?.focus();
  }, [step]);

  async function onSubmit(event: FormEvent<HTMLDivElement>) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    event.preventDefault();
    if (pending.current) return;
    const data = new FormData(form, (event.nativeEvent as SubmitEvent).submitter);
    const body = {
      page: data.get('page'),
      helpful: data.get('helpful') ?? undefined,
      reasons: data.getAll('reasons'),
      comment: data.get('comment') ?? undefined,
      website: data.get('website') ?? '',
      ref: step.name === 'details' ? step.ref : undefined,
    };
    pending.current = true;
    setError('');
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json().catch(() => ({}))) as {
        ref?: string;
        error?: string;
        crisis?: boolean;
      };
      if (!response.ok) {
        setError(result.error ? `${messages.failedBecause} ${result.error}` : failed);
      } else if (step.name === 'answer' && result.ref && !result.crisis) {
        setStep({
          name: 'details',
          helpful: body.helpful === 'no' ? 'no' : 'yes',
          ref: result.ref,
        });
        setStatus(messages.thanks);
      } else {
        setStep({ name: 'done', crisis: result.crisis === true });
        setStatus(messages.sent);
      }
    } catch {
      setError(failed);
    } finally {
      pending.current = false;
    }
  }

  return (
    <div ref={root} onSubmit={onSubmit}>
      <div ref={focusTarget} tabIndex={-1} className="focus:outline-none">
        {step.name === 'done' && step.crisis ? crisisNotice : null}
        <div role="status" aria-live="polite" className="font-bold empty:hidden">
          {status}
        </div>
        {step.name === 'done' ? noReplyNotice : null}
        {step.name === 'answer' ? answerForm : null}
        {step.name === 'details' ? (step.helpful === 'no' ? noDetails : yesDetails) : null}
      </div>
      <div role="alert" className="mt-3 font-bold text-red-800 empty:hidden dark:text-red-300">
        {error}
      </div>
    </div>
  );
}
