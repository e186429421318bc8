import { redactPersonalData } from './redact';

/** A follow-up may change an answer for this long after it was given. */
export const detailsWindowMs = 60 * 60 * 1000;

/** A comment as stored: emails and phone numbers replaced; an empty one is no comment. */
export const cleanComment = (comment?: string): string | null =>
  comment ? redactPersonalData(comment) : null;

/**
 * The time stored with an answer or tap: rounded down to the minute, so a stored comment cannot
 * be matched to a line in a proxy's access log by its timestamp.
 */
export const storedTime = (now: Date): Date =>
  new Date(Math.floor(now.getTime() / 60_000) * 60_000);
