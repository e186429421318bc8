import type { Lang } from '../i18n/lang';
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
  /** The edition of the page (from its path: `/es…` is Spanish). */
  lang: Lang;
  helpful: Helpful;
  reasons: FeedbackReason[];
  comment: string | null;
  createdAt: string;
};

/** Narrows a read to one page or one edition's pages. */
export type FeedbackFilter = { page?: string; lang?: Lang };

export type PageSummary = {
  page: string;
  /** The page's edition (from its path). */
  lang: Lang;
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

/** One search that found nothing, as the store keeps it: already normalised and screened (lib/search-gaps). */
export type NewSearchMiss = { lang: Lang; query: string };

/** What the editors' view reads: searches that found nothing since a week, at or above a floor. */
export type SearchMissQuery = {
  lang: Lang;
  /** The first ISO week to count ("2026-W46"). */
  sinceWeek: string;
  /** The fewest searches a query needs to be shown (the k-anonymity floor). */
  minSearches: number;
  limit: number;
};

export type SearchMissCount = {
  lang: Lang;
  query: string;
  /** Searches since `sinceWeek`. */
  searches: number;
  /** The ISO week the query was first kept (it may be before `sinceWeek`). */
  firstWeek: string;
};

/** Yes and no answers one page got on one day (UTC, "2026-12-03"). */
export type DailyAnswers = { page: string; day: string; yes: number; no: number };

/** Answers since a moment: per page and day, and the reasons given with a "no", per page and day. */
export type RecentAnswers = {
  days: DailyAnswers[];
  noReasons: Array<{ page: string; day: string; reason: string; n: number }>;
};

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
  /** The newest comments, newest first, optionally for one page or one edition's pages. */
  latestComments(limit: number, filter?: FeedbackFilter): Promise<FeedbackRow[]>;
  /**
   * Every answer (optionally of one edition's pages), oldest first, read a little at a time
   * (for the CSV export): a large table is never held in memory at once. Errors surface from the
   * iterator; ending the loop early (return) releases what the read holds.
   */
  feedbackRows(filter?: FeedbackFilter & { batchSize?: number }): AsyncIterable<FeedbackRow>;
  /** Counts one search that found nothing, in the ISO week of `now`. */
  addSearchMiss(miss: NewSearchMiss, now?: Date): Promise<void>;
  /** Queries that found nothing since a week, most searched first, only those at the floor or above. */
  searchMisses(query: SearchMissQuery): Promise<SearchMissCount[]>;
  /** Yes/no answers per page and day, and the reasons given with "no", since `since`. */
  answersSince(since: Date): Promise<RecentAnswers>;
  /** Answers when the store can take feedback (a trivial query); throws StoreUnavailableError when not. */
  ping(): Promise<void>;
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
  /**
   * Closes what can be closed synchronously, as the process exits (SQLite: checkpoints the WAL
   * into the file). A PostgreSQL pool has nothing to do: the server drops its idle connections.
   */
  closeOnExit?(): void;
}
