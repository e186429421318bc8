import { redactPersonalData } from './redact';

/** A follow-up may change an answer for this long after it was given. */
export const detailsWindowMs = 60 * 60 * 1000;

/** A comment as stored: emails and phone numbers replaced; an empty one is no comment. */
export const cleanComment = (comment?: string): string | null =>
  comment ? redactPersonalData(comment) : null;
