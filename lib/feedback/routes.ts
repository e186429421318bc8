import { esPaths, paths } from '../urls';

/** Where the feedback forms post. */
export const feedbackApi = '/api/feedback';

/** Where the helpline tap beacon goes. */
export const helplineTapApi = '/api/helpline-tap';

/** The editors' CSV export (the view itself is /admin/feedback). */
export const adminFeedbackCsvPath = '/admin/feedback.csv';

/** The editors' dashboard, their view of every answer, and the unanswered searches as CSV. */
export const adminDashboardPath = '/admin';
export const adminFeedbackPath = '/admin/feedback';
export const adminSearchesCsvPath = '/admin/unanswered-searches.csv';

export type ThanksParams = {
  page: string;
  helpful?: 'yes' | 'no';
  /** The one-time follow-up token (never the answer's ref: URLs end up in logs and history). */
  token?: string;
  sent?: 'details';
  /** The comment read as a crisis (lib/crisis): a flag only, never the comment. */
  crisis?: boolean;
};

/** The thank-you page URL a form post is sent on to (303). */
export function thanksUrl({ page, helpful, token, sent, crisis }: ThanksParams): string {
  const query = new URLSearchParams({ page });
  if (helpful) query.set('helpful', helpful);
  if (token) query.set('token', token);
  if (sent) query.set('sent', sent);
  if (crisis) query.set('crisis', '1');
  // A Spanish page's answer lands on the Spanish thank-you page.
  const thanks =
    page === esPaths.home || page.startsWith(`${esPaths.home}/`)
      ? esPaths.feedbackThanks
      : paths.feedbackThanks;
  return `${thanks}?${query}`;
}
