import { getAllArticles, getAllPages, getSitePaths } from '../content';
import { paths } from '../urls';

let known: Set<string> | undefined;

/** Every page path feedback may be about (from getSitePaths, read once per process). */
export function knownPages(): ReadonlySet<string> {
  known ??= new Set(getSitePaths());
  return known;
}

/** The title of an article or trust page for a "back to" link, if it is one. */
export function pageTitle(page: string): string | undefined {
  return (
    getAllArticles().find((a) => a.url === page)?.title ??
    getAllPages().find((p) => p.url === page)?.title
  );
}

export type ThanksParams = { page: string; helpful?: 'yes' | 'no'; ref?: string; sent?: 'details' };

/** The thank-you page URL a form post is sent on to (303). */
export function thanksUrl({ page, helpful, ref, sent }: ThanksParams): string {
  const query = new URLSearchParams({ page });
  if (helpful) query.set('helpful', helpful);
  if (ref) query.set('ref', ref);
  if (sent) query.set('sent', sent);
  return `${paths.feedbackThanks}?${query}`;
}
