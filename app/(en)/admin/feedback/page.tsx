import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { FeedbackComments, FeedbackSummaryTable } from '@/components/feedback/feedback-admin';
import { checkAdminRequest } from '@/lib/feedback/auth';
import { StoreUnavailableError } from '@/lib/feedback/errors';
import { adminFeedbackCsvPath } from '@/lib/feedback/routes';
import { getFeedbackStore } from '@/lib/feedback/store';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Reader feedback',
  robots: { index: false, follow: false },
};

/** Editors' view of "Was this page helpful?" (proxy.ts asks for the token; checked again here). */
export default async function AdminFeedbackPage() {
  if (checkAdminRequest(await headers()) !== 'ok') notFound();
  const store = getFeedbackStore();
  let loaded;
  try {
    loaded = await Promise.all([store.summary(), store.latestComments(500)]);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return (
      <>
        <h1 className="text-3xl font-bold">Reader feedback</h1>
        <p className="mt-3" role="alert">
          The feedback database cannot be reached right now. Nothing is lost: try again in a minute.
        </p>
      </>
    );
  }
  const [summary, comments] = loaded;
  return (
    <>
      <h1 className="text-3xl font-bold">Reader feedback</h1>
      <p className="mt-3">
        {summary.total} answers and {summary.helplineTaps} helpline taps on {summary.pages.length}{' '}
        pages.{' '}
        <a className="font-bold underline" href={adminFeedbackCsvPath} download>
          Download every answer as CSV
        </a>
      </p>
      <FeedbackSummaryTable summary={summary} />
      <FeedbackComments comments={comments} />
    </>
  );
}
