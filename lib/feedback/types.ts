import type { FeedbackReason, HelplineTapKind } from './schema';

export type Helpful = 'yes' | 'no';

/** A reader's answer as stored: no IP address, user agent or cookie, ever. */
export type NewFeedback = {
  page: string;
  helpful: Helpful;
  reasons: FeedbackReason[];
  comment?: string;
  /** SHA-256 of the one-time token a no-JavaScript follow-up form carries (form answers only). */
  followupHash?: string;
};

export type FeedbackDetailsUpdate = { reasons: FeedbackReason[]; comment?: string };

export type FeedbackRow = {
  page: string;
  helpful: Helpful;
  reasons: FeedbackReason[];
  comment: string | null;
  createdAt: string;
};

export type PageSummary = {
  page: string;
  yes: number;
  no: number;
  comments: number;
  helplineTaps: number;
  /** Share of answers that were yes, 0–100, or null before any answer. */
  helpfulPercent: number | null;
  reasons: Record<FeedbackReason, number>;
  helplineTapsByKind: Record<HelplineTapKind, number>;
};

export type Summary = { total: number; helplineTaps: number; pages: PageSummary[] };

/** Where feedback lives. All async, so SQLite (one server) and PostgreSQL (many) fit the same shape. */
export interface FeedbackStore {
  /** Stores a first answer; returns the opaque ref a follow-up uses. */
  add(entry: NewFeedback, now?: Date): Promise<{ ref: string }>;
  /** Sets reasons and comment on the answer with this ref, if it is for this page and under an hour old. */
  addDetails(
    ref: string,
    page: string,
    details: FeedbackDetailsUpdate,
    now?: Date,
  ): Promise<boolean>;
  /**
   * Sets reasons and comment on the answer whose follow-up token hashes to this, if it is for this
   * page, under an hour old and the token is unused; the token is then spent.
   */
  addDetailsByToken(
    tokenHash: string,
    page: string,
    details: FeedbackDetailsUpdate,
    now?: Date,
  ): Promise<boolean>;
  /** Counts one tap on a helpline or crisis link. */
  addHelplineTap(page: string, kind: HelplineTapKind, now?: Date): Promise<void>;
  /** Counts per page, pages in path order. */
  summary(): Promise<Summary>;
  /** The newest comments, newest first, optionally for one page. */
  latestComments(limit: number, page?: string): Promise<FeedbackRow[]>;
  /** Every answer, oldest first (for the CSV export). */
  allFeedback(): Promise<FeedbackRow[]>;
  /** The schema version in the database (applying pending migrations first, where that is lazy). */
  schemaVersion(): Promise<number>;
  /**
   * Counts one post from this client for this endpoint in the current minute, in the database all
   * app servers share (PostgreSQL only; without it each process counts in memory).
   */
  countClientHit?(
    endpoint: string,
    address: string,
    limit: number,
    now?: Date,
  ): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }>;
  close(): Promise<void>;
}
